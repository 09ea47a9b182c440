package nl.koers.enrolment.enrolment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import nl.koers.defaults.outbox.Outbox;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.defaults.persistence.MongoWrites;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * Stores one document per cohort roster. A change is one update of that document, conditional on the version
 * that was read, that also pushes the change's events into the document's outbox: no transaction needed, no
 * overbooking possible, no event without its change.
 */
@Repository
public class Rosters {

    public static final String COLLECTION = "rosters";

    private final MongoCollection<Document> collection;

    Rosters(OutboxRelay outboxRelay) {
        this.collection = outboxRelay.watch(COLLECTION);
        collection.createIndex(Indexes.ascending("enrolments.id"));
        collection.createIndex(Indexes.ascending("enrolments.participantId"));
    }

    public Optional<Roster> find(UUID cohortId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", cohortId.toString())).first()).map(Rosters::toRoster);
    }

    /** The rosters of these cohorts, in one lookup; cohorts this service has not heard of are absent. */
    List<Roster> findAll(Collection<UUID> cohortIds) {
        if (cohortIds.isEmpty()) {
            return List.of();
        }
        // {_id: {$in: [...]}} and nothing else: the form the local mongo-server answers from its index.
        return collection.find(Filters.in("_id", cohortIds.stream().map(UUID::toString).distinct().toList()))
                .map(Rosters::toRoster).into(new ArrayList<>());
    }

    Optional<Roster> findByEnrolment(UUID enrolmentId) {
        return Optional.ofNullable(collection.find(Filters.eq("enrolments.id", enrolmentId.toString())).first())
                .map(Rosters::toRoster);
    }

    List<Roster> findByParticipant(String participantId) {
        return collection.find(Filters.eq("enrolments.participantId", participantId)).map(Rosters::toRoster)
                .into(new ArrayList<>());
    }

    /** Stores a roster this service did not have yet; false if another writer stored one first. */
    boolean insert(Roster roster) {
        Document document = state(roster).append("_id", roster.cohortId().toString())
                .append(Outbox.FIELD, Outbox.entries(roster.pendingEvents()));
        return MongoWrites.insertIfAbsent(collection, document);
    }

    /** Stores the roster's change if nobody changed it since it was read; false if someone did. */
    boolean save(Roster roster) {
        List<Bson> updates = new ArrayList<>();
        state(roster).forEach((field, value) -> updates.add(Updates.set(field, value)));
        if (!roster.pendingEvents().isEmpty()) {
            updates.add(Updates.pushEach(Outbox.FIELD, Outbox.entries(roster.pendingEvents())));
        }
        UpdateResult result = collection.updateOne(
                Filters.and(Filters.eq("_id", roster.cohortId().toString()), Filters.eq("version", roster.version())),
                Updates.combine(updates));
        return result.getMatchedCount() == 1;
    }

    private static Document state(Roster roster) {
        CohortTerms terms = roster.terms();
        Document cohort = new Document("trajectoryId", terms.trajectoryId() == null ? null : terms.trajectoryId().toString())
                .append("status", terms.status())
                .append("capacity", terms.capacity())
                .append("enrolmentOpensAt", date(terms.enrolmentOpensAt()))
                .append("enrolmentClosesAt", date(terms.enrolmentClosesAt()));
        List<Document> enrolments = roster.enrolments().stream().map(e -> new Document("id", e.id().toString())
                .append("participantId", e.participantId())
                .append("displayName", e.applicant().displayName())
                .append("institution", e.applicant().institution())
                .append("motivation", e.motivation())
                .append("status", e.status().name())
                .append("enrolledAt", date(e.enrolledAt()))
                .append("updatedAt", date(e.updatedAt()))).toList();
        return new Document("version", roster.nextVersion())
                .append("cohortVersion", roster.cohortVersion())
                .append("cohort", cohort)
                .append("enrolments", enrolments);
    }

    private static Roster toRoster(Document document) {
        Document cohort = document.get("cohort", Document.class);
        String trajectoryId = cohort.getString("trajectoryId");
        CohortTerms terms = new CohortTerms(trajectoryId == null ? null : UUID.fromString(trajectoryId),
                cohort.getString("status"), cohort.getInteger("capacity"),
                instant(cohort.getDate("enrolmentOpensAt")), instant(cohort.getDate("enrolmentClosesAt")));
        List<Enrolment> enrolments = document.getList("enrolments", Document.class, List.of()).stream()
                .map(e -> new Enrolment(UUID.fromString(e.getString("id")),
                        new Applicant(e.getString("participantId"), e.getString("displayName"), e.getString("institution")),
                        e.getString("motivation"), EnrolmentStatus.valueOf(e.getString("status")),
                        instant(e.getDate("enrolledAt")), instant(e.getDate("updatedAt"))))
                .toList();
        return Roster.restore(UUID.fromString(document.getString("_id")), document.getLong("version"),
                document.getLong("cohortVersion"), terms, enrolments);
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
