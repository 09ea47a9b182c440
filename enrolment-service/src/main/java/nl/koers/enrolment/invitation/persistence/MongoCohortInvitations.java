package nl.koers.enrolment.invitation.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import nl.koers.defaults.outbox.Outbox;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.defaults.persistence.MongoWrites;
import nl.koers.enrolment.invitation.CohortInvitations;
import nl.koers.enrolment.invitation.CohortInvitationsStore;
import nl.koers.enrolment.invitation.Invitation;
import nl.koers.enrolment.participant.Sector;
import nl.koers.events.Topics;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * One document per cohort with all its invitations. A change is one update conditional on the version read, which
 * also pushes its events and tombstones into the document's outbox: no transaction, no address invited twice, no
 * invitation without its event.
 */
@Repository
class MongoCohortInvitations implements CohortInvitationsStore {

    static final String COLLECTION = "cohort_invitations";

    private final MongoCollection<Document> collection;

    MongoCohortInvitations(OutboxRelay outboxRelay) {
        this.collection = outboxRelay.watch(COLLECTION);
        collection.createIndex(Indexes.ascending("invitations.tokenHash"));
        collection.createIndex(Indexes.ascending("invitations.acceptedBy"));
    }

    @Override
    public String collection() {
        return COLLECTION;
    }

    @Override
    public Optional<CohortInvitations> find(UUID cohortId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", cohortId.toString())).first())
                .map(MongoCohortInvitations::toInvitations);
    }

    @Override
    public Optional<CohortInvitations> findByTokenHash(String tokenHash) {
        return Optional.ofNullable(collection.find(Filters.eq("invitations.tokenHash", tokenHash)).first())
                .map(MongoCohortInvitations::toInvitations);
    }

    @Override
    public List<CohortInvitations> findAcceptedBy(String participantId) {
        return collection.find(Filters.eq("invitations.acceptedBy", participantId))
                .map(MongoCohortInvitations::toInvitations).into(new ArrayList<>());
    }

    @Override
    public boolean save(CohortInvitations changed) {
        List<Document> outbox = new ArrayList<>(Outbox.entries(changed.pendingEvents()));
        changed.tombstones().forEach(id -> outbox.addAll(Outbox.tombstones(Topics.ENROLMENT_INVITATIONS, id)));
        List<Document> invitations = changed.invitations().stream().map(MongoCohortInvitations::state).toList();
        if (changed.version() == 0) {
            return MongoWrites.insertIfAbsent(collection, new Document("_id", changed.cohortId().toString())
                    .append("version", 1L).append("invitations", invitations).append(Outbox.FIELD, outbox));
        }
        List<Bson> updates = new ArrayList<>(List.of(Updates.set("version", changed.version() + 1),
                Updates.set("invitations", invitations)));
        if (!outbox.isEmpty()) {
            updates.add(Updates.pushEach(Outbox.FIELD, outbox));
        }
        return collection.updateOne(Filters.and(Filters.eq("_id", changed.cohortId().toString()),
                Filters.eq("version", changed.version())), Updates.combine(updates)).getMatchedCount() == 1;
    }

    private static Document state(Invitation i) {
        return new Document("id", i.id().toString())
                .append("uploadId", i.uploadId().toString())
                .append("name", i.name())
                .append("email", i.email())
                .append("institution", i.institution())
                .append("sector", i.sector().name())
                .append("function", i.function())
                .append("tokenHash", i.tokenHash())
                .append("invitedAt", Date.from(i.invitedAt()))
                .append("expiresAt", Date.from(i.expiresAt()))
                .append("acceptedBy", i.acceptedBy())
                .append("enrolmentId", i.enrolmentId() == null ? null : i.enrolmentId().toString())
                .append("acceptedAt", date(i.acceptedAt()));
    }

    private static CohortInvitations toInvitations(Document document) {
        UUID cohortId = UUID.fromString(document.getString("_id"));
        List<Invitation> invitations = document.getList("invitations", Document.class, List.of()).stream()
                .map(d -> new Invitation(UUID.fromString(d.getString("id")), cohortId,
                        UUID.fromString(d.getString("uploadId")), d.getString("name"), d.getString("email"),
                        d.getString("institution"), Sector.valueOf(d.getString("sector")), d.getString("function"),
                        d.getString("tokenHash"), instant(d.getDate("invitedAt")), instant(d.getDate("expiresAt")),
                        d.getString("acceptedBy"), d.getString("enrolmentId") == null ? null
                                : UUID.fromString(d.getString("enrolmentId")), instant(d.getDate("acceptedAt"))))
                .toList();
        return CohortInvitations.restore(cohortId, document.getLong("version"), invitations);
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
