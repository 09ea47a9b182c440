package nl.koers.trajectory.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import nl.koers.defaults.outbox.Outbox;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.defaults.web.PageView;
import nl.koers.events.DomainEvent;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * Cohorts as MongoDB documents in {@code cohorts}. A change is one update that sets the new state, bumps
 * {@code version} and pushes the change's events into {@code outbox}, filtered on the version it was read
 * at: state and events are written together or not at all, and a lost race shows as no match. An ended cohort
 * keeps when it ended ({@code endedAt}) and, once retention erased its participants' data,
 * {@code personalDataExpiredAt}: outside the version, because it changes nothing an organiser edits.
 */
@Repository
class CohortRepository implements Cohorts {

    static final String COLLECTION = "cohorts";
    private static final String PERSONAL_DATA_EXPIRED_AT = "personalDataExpiredAt";

    private final MongoCollection<Document> collection;
    private final OutboxRelay outboxRelay;

    CohortRepository(OutboxRelay outboxRelay) {
        this.collection = outboxRelay.watch(COLLECTION);
        this.outboxRelay = outboxRelay;
        collection.createIndex(Indexes.ascending("trajectoryId", "startsOn"));
        collection.createIndex(Indexes.ascending("facilitatorIds"));
        collection.createIndex(Indexes.ascending("status", "startsOn"));
    }

    @Override
    public void add(Cohort cohort) {
        CohortSchedule s = cohort.schedule();
        collection.insertOne(new Document("_id", cohort.id().toString())
                .append("trajectoryId", cohort.trajectoryId().toString())
                .append("name", s.name())
                .append("capacity", s.capacity())
                .append("startsOn", s.startsOn().toString())
                .append("endsOn", s.endsOn().toString())
                .append("enrolmentOpensAt", date(s.enrolmentOpensAt()))
                .append("enrolmentClosesAt", date(s.enrolmentClosesAt()))
                .append("facilitatorIds", s.facilitatorIds())
                .append("status", cohort.status().name())
                .append("version", cohort.version())
                .append(Outbox.FIELD, Outbox.entries(cohort.pendingEvents())));
        outboxRelay.publishSoon(COLLECTION, cohort.id().toString());
    }

    @Override
    public boolean update(Cohort cohort, long expectedVersion) {
        List<Bson> changes = new ArrayList<>(List.of(
                Updates.set("status", cohort.status().name()),
                Updates.set("version", cohort.version()),
                Updates.pushEach(Outbox.FIELD, Outbox.entries(cohort.pendingEvents()))));
        if (cohort.endedAt() != null) {
            changes.add(Updates.set("endedAt", Date.from(cohort.endedAt())));
        }
        Bson update = Updates.combine(changes);
        boolean matched = collection.updateOne(
                Filters.and(Filters.eq("_id", cohort.id().toString()), Filters.eq("version", expectedVersion)),
                update).getMatchedCount() == 1;
        if (matched) {
            outboxRelay.publishSoon(COLLECTION, cohort.id().toString());
        }
        return matched;
    }

    @Override
    public Optional<Cohort> find(UUID id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id.toString())).first())
                .map(CohortRepository::toCohort);
    }

    @Override
    public List<UUID> facilitatedBy(String userId) {
        // Equality on an array field matches any element: every cohort that lists this facilitator.
        return collection.find(Filters.eq("facilitatorIds", userId))
                .map(d -> UUID.fromString(d.getString("_id"))).into(new ArrayList<>());
    }

    @Override
    public PageView<Cohort> ofTrajectory(UUID trajectoryId, int page, int size) {
        Bson filter = Filters.eq("trajectoryId", trajectoryId.toString());
        long total = collection.countDocuments(filter);
        List<Cohort> items = collection.find(filter)
                .sort(Sorts.ascending("startsOn", "name", "_id"))
                .skip(page * size).limit(size)
                .map(CohortRepository::toCohort).into(new ArrayList<>());
        return PageView.of(items, page, size, total);
    }

    @Override
    public PageView<Cohort> inStatus(CohortStatus status, int page, int size) {
        Bson filter = Filters.eq("status", status.name());
        long total = collection.countDocuments(filter);
        List<Cohort> items = collection.find(filter)
                .sort(Sorts.ascending("startsOn", "name", "_id"))
                .skip(page * size).limit(size)
                .map(CohortRepository::toCohort).into(new ArrayList<>());
        return PageView.of(items, page, size, total);
    }

    @Override
    public List<Cohort> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // {_id: {$in: [...]}} and nothing else: the form the local mongo-server answers from its index.
        return collection.find(Filters.in("_id", ids.stream().map(UUID::toString).distinct().toList()))
                .sort(Sorts.ascending("startsOn", "name", "_id"))
                .map(CohortRepository::toCohort).into(new ArrayList<>());
    }

    @Override
    public List<Cohort> endedKeepingPersonalData(Instant endedBy) {
        return collection.find(Filters.and(
                        Filters.in("status", CohortStatus.COMPLETED.name(), CohortStatus.CANCELLED.name()),
                        Filters.exists(PERSONAL_DATA_EXPIRED_AT, false),
                        Filters.or(Filters.lte("endedAt", Date.from(endedBy)), Filters.exists("endedAt", false))))
                .map(CohortRepository::toCohort).into(new ArrayList<>());
    }

    @Override
    public boolean markPersonalDataExpired(UUID id, Instant at, List<DomainEvent> events) {
        boolean marked = collection.updateOne(
                Filters.and(Filters.eq("_id", id.toString()), Filters.exists(PERSONAL_DATA_EXPIRED_AT, false)),
                Updates.combine(Updates.set(PERSONAL_DATA_EXPIRED_AT, Date.from(at)),
                        Updates.pushEach(Outbox.FIELD, Outbox.entries(events)))).getModifiedCount() == 1;
        if (marked) {
            outboxRelay.publishSoon(COLLECTION, id.toString());
        }
        return marked;
    }

    private static Cohort toCohort(Document d) {
        CohortSchedule schedule = new CohortSchedule(d.getString("name"), d.getInteger("capacity"),
                LocalDate.parse(d.getString("startsOn")), LocalDate.parse(d.getString("endsOn")),
                instant(d.getDate("enrolmentOpensAt")), instant(d.getDate("enrolmentClosesAt")),
                d.getList("facilitatorIds", String.class, List.of()));
        return Cohort.restore(UUID.fromString(d.getString("_id")), UUID.fromString(d.getString("trajectoryId")),
                schedule, CohortStatus.valueOf(d.getString("status")), instant(d.getDate("endedAt")),
                d.get("version", Number.class).longValue());
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
