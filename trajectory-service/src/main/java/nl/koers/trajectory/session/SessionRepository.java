package nl.koers.trajectory.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import nl.koers.defaults.outbox.Outbox;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.defaults.web.PageView;
import nl.koers.trajectory.trajectory.persistence.AgendaDocuments;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * Sessions as MongoDB documents in {@code sessions}, attendance embedded. A unique index on (cohort,
 * sequence) keeps numbers unique without transactions. A change is one update that sets the new state,
 * bumps {@code version} and pushes the change's events into {@code outbox}, filtered on the version it was
 * read at, so state and events are written together or not at all.
 */
@Repository
class SessionRepository implements Sessions {

    static final String COLLECTION = "sessions";
    private static final int RENAME_ATTEMPTS = 10;

    private final MongoCollection<Document> collection;
    private final OutboxRelay outboxRelay;

    SessionRepository(OutboxRelay outboxRelay) {
        this.collection = outboxRelay.watch(COLLECTION);
        this.outboxRelay = outboxRelay;
        collection.createIndex(Indexes.ascending("cohortId", "sequence"), new IndexOptions().unique(true));
        collection.createIndex(Indexes.ascending("cohortId", "startsAt"));
    }

    @Override
    public boolean add(List<Session> sessions) {
        List<Document> documents = sessions.stream().map(SessionRepository::toDocument).toList();
        try {
            collection.insertMany(documents);
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().allMatch(w -> ErrorCategory.fromErrorCode(w.getCode()) == ErrorCategory.DUPLICATE_KEY)) {
                // Ordered insert: the ones before the duplicate were stored; the sweep or this call sends their events.
                documents.stream().limit(e.getWriteResult().getInsertedCount())
                        .forEach(d -> outboxRelay.publishSoon(COLLECTION, d.getString("_id")));
                return false;
            }
            throw e;
        }
        documents.forEach(d -> outboxRelay.publishSoon(COLLECTION, d.getString("_id")));
        return true;
    }

    @Override
    public boolean update(Session session, long expectedVersion) {
        List<Bson> changes = new ArrayList<>(planUpdates(session.plan()));
        changes.add(Updates.set("status", session.status().name()));
        changes.add(Updates.set("attendance", attendance(session.attendance())));
        changes.add(Updates.set("version", session.version()));
        if (!session.pendingEvents().isEmpty()) {
            changes.add(Updates.pushEach(Outbox.FIELD, Outbox.entries(session.pendingEvents())));
        }
        boolean matched = collection.updateOne(
                Filters.and(Filters.eq("_id", session.id().toString()), Filters.eq("version", expectedVersion)),
                Updates.combine(changes)).getMatchedCount() == 1;
        if (matched && !session.pendingEvents().isEmpty()) {
            outboxRelay.publishSoon(COLLECTION, session.id().toString());
        }
        return matched;
    }

    @Override
    public Optional<Session> find(UUID id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id.toString())).first())
                .map(SessionRepository::toSession);
    }

    @Override
    public PageView<Session> ofCohort(UUID cohortId, int page, int size) {
        Bson filter = Filters.eq("cohortId", cohortId.toString());
        long total = collection.countDocuments(filter);
        List<Session> items = collection.find(filter).sort(Sorts.ascending("sequence"))
                .skip(page * size).limit(size).map(SessionRepository::toSession).into(new ArrayList<>());
        return PageView.of(items, page, size, total);
    }

    @Override
    public List<Session> allOfCohort(UUID cohortId) {
        return collection.find(Filters.eq("cohortId", cohortId.toString())).sort(Sorts.ascending("sequence"))
                .limit(Session.MAX_SEQUENCE).map(SessionRepository::toSession).into(new ArrayList<>());
    }

    @Override
    public List<Session> ofCohorts(Collection<UUID> cohortIds, int limit) {
        if (cohortIds.isEmpty()) {
            return List.of();
        }
        return collection.find(Filters.in("cohortId", cohortIds.stream().map(UUID::toString).toList()))
                .sort(Sorts.ascending("startsAt", "_id")).limit(limit)
                .map(SessionRepository::toSession).into(new ArrayList<>());
    }

    /**
     * One query per cohort rather than one {@code cohortId $in} query: each pins {@code cohortId}, which the
     * (cohortId, startsAt) index answers in MongoDB and the local mongo-server alike, where {@code $in} on a
     * field other than {@code _id} scans every session. A person is in a handful of cohorts, and each query
     * reads at most {@code limit} sessions.
     */
    @Override
    public List<Session> upcoming(Collection<UUID> cohortIds, Instant from, int limit) {
        List<Session> upcoming = new ArrayList<>();
        for (UUID cohortId : cohortIds) {
            collection.find(Filters.and(Filters.eq("cohortId", cohortId.toString()),
                            Filters.eq("status", SessionStatus.SCHEDULED.name()),
                            Filters.gte("startsAt", Date.from(from))))
                    .sort(Sorts.ascending("startsAt", "_id")).limit(limit)
                    .map(SessionRepository::toSession).into(upcoming);
        }
        return upcoming.stream()
                .sorted(Comparator.comparing((Session s) -> s.plan().startsAt()).thenComparing(s -> s.id().toString()))
                .limit(limit).toList();
    }

    @Override
    public int highestSequence(UUID cohortId) {
        Document highest = collection.find(Filters.eq("cohortId", cohortId.toString()))
                .sort(Sorts.descending("sequence")).limit(1).first();
        return highest == null ? 0 : highest.getInteger("sequence");
    }

    /**
     * Reads the sessions holding such marks and rewrites their marks, each filtered on the version read and
     * raising it, so a facilitator saving attendance at the same moment cannot put the old ids back unseen.
     */
    @Override
    public void renameAttendees(UUID cohortId, Map<String, String> formerIds) {
        if (formerIds.isEmpty()) {
            return;
        }
        Bson marked = Filters.in("attendance.marks.participantId", new ArrayList<>(formerIds.keySet()));
        Bson filter = cohortId == null ? marked : Filters.and(Filters.eq("cohortId", cohortId.toString()), marked);
        for (int attempt = 0; attempt < RENAME_ATTEMPTS; attempt++) {
            List<Document> pending = collection.find(filter).into(new ArrayList<>());
            if (pending.isEmpty()) {
                return;
            }
            for (Document d : pending) {
                Document attendance = d.get("attendance", Document.class);
                List<Document> marks = attendance.getList("marks", Document.class, List.of()).stream()
                        .map(m -> new Document(m).append("participantId",
                                formerIds.getOrDefault(m.getString("participantId"), m.getString("participantId"))))
                        .toList();
                long version = d.get("version", Number.class).longValue();
                collection.updateOne(Filters.and(Filters.eq("_id", d.getString("_id")), Filters.eq("version", version)),
                        Updates.combine(Updates.set("attendance.marks", marks), Updates.set("version", version + 1)));
            }
        }
        throw new IllegalStateException("Attendance of " + formerIds.size() + " participants kept changing while"
                + " it was anonymised; the erasure will be tried again");
    }

    private static Document toDocument(Session session) {
        Document document = new Document("_id", session.id().toString())
                .append("cohortId", session.cohortId().toString())
                .append("trajectoryId", session.trajectoryId().toString())
                .append("sequence", session.sequence());
        SessionPlan p = session.plan();
        return document.append("title", p.title()).append("theme", p.theme())
                .append("startsAt", Date.from(p.startsAt())).append("endsAt", Date.from(p.endsAt()))
                .append("place", p.place()).append("onlineLink", p.onlineLink())
                .append("agenda", AgendaDocuments.write(p.agenda()))
                .append("status", session.status().name())
                .append("attendance", attendance(session.attendance()))
                .append("version", session.version())
                .append(Outbox.FIELD, Outbox.entries(session.pendingEvents()));
    }

    private static List<Bson> planUpdates(SessionPlan p) {
        return List.of(Updates.set("title", p.title()), Updates.set("theme", p.theme()),
                Updates.set("startsAt", Date.from(p.startsAt())), Updates.set("endsAt", Date.from(p.endsAt())),
                Updates.set("place", p.place()), Updates.set("onlineLink", p.onlineLink()),
                Updates.set("agenda", AgendaDocuments.write(p.agenda())));
    }

    private static Document attendance(Attendance attendance) {
        return new Document("marks", attendance.marks().stream()
                .map(m -> new Document("participantId", m.participantId()).append("status", m.status().name())).toList())
                .append("recordedBy", attendance.recordedBy())
                .append("recordedAt", attendance.recordedAt() == null ? null : Date.from(attendance.recordedAt()));
    }

    private static Session toSession(Document d) {
        SessionPlan plan = new SessionPlan(d.getString("title"), d.getString("theme"),
                d.getDate("startsAt").toInstant(), d.getDate("endsAt").toInstant(), d.getString("place"),
                d.getString("onlineLink"), AgendaDocuments.read(d.getList("agenda", Document.class, List.of())));
        Document a = d.get("attendance", Document.class);
        Attendance attendance = a == null ? Attendance.NONE : new Attendance(
                a.getList("marks", Document.class, List.of()).stream().map(m -> new AttendanceMark(
                        m.getString("participantId"), AttendanceStatus.valueOf(m.getString("status")))).toList(),
                a.getString("recordedBy"), a.getDate("recordedAt") == null ? null : a.getDate("recordedAt").toInstant());
        return Session.restore(UUID.fromString(d.getString("_id")), UUID.fromString(d.getString("cohortId")),
                UUID.fromString(d.getString("trajectoryId")), d.getInteger("sequence"), plan,
                SessionStatus.valueOf(d.getString("status")), attendance, d.get("version", Number.class).longValue());
    }
}
