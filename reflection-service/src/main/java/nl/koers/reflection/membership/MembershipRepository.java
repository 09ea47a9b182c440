package nl.koers.reflection.membership;

import static nl.koers.defaults.persistence.MongoWrites.upsertIfNewer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import nl.koers.defaults.persistence.MongoWrites;
import nl.koers.defaults.privacy.ErasedParticipants;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The projection in MongoDB: {@code cohort_members}, one document per cohort and participant (so a
 * re-enrolment replaces a withdrawal), {@code cohorts}, one per cohort, and {@code cohort_sessions}, one per
 * session. All are written by upserts filtered on "stored version lower than mine": when a newer copy is
 * stored the filter misses, the upsert tries to insert the same {@code _id}, and the duplicate-key error that
 * follows means "already newer". An erased participant's place is kept under a former id: a new document
 * (the id holds the participant), written before the old one is removed, so a retried erasure finds what is left.
 */
@Repository
class MembershipRepository implements Memberships {

    /** On a cohort's document: when its personal data expired, as ISO text (BSON dates lose precision). */
    private static final String EXPIRED_AT = "personalDataExpiredAt";

    private final MongoCollection<Document> members;
    private final MongoCollection<Document> cohorts;
    private final MongoCollection<Document> sessions;

    MembershipRepository(MongoTemplate mongo) {
        this.members = mongo.getCollection("cohort_members");
        this.cohorts = mongo.getCollection("cohorts");
        this.sessions = mongo.getCollection("cohort_sessions");
        members.createIndex(Indexes.ascending("cohortId"));
        members.createIndex(Indexes.ascending("participantId"));
        sessions.createIndex(Indexes.ascending("cohortId"));
    }

    @Override
    public boolean record(MemberChange change) {
        String id = change.cohortId() + "/" + change.participantId();
        return upsertIfNewer(members, id, "rosterVersion", change.rosterVersion(), Updates.combine(
                Updates.set("cohortId", change.cohortId().toString()),
                Updates.set("participantId", change.participantId()),
                Updates.set("enrolmentId", change.enrolmentId().toString()),
                Updates.set("status", change.status().name()),
                Updates.set("rosterVersion", change.rosterVersion())));
    }

    @Override
    public boolean record(CohortChange change) {
        return upsertIfNewer(cohorts, change.cohortId().toString(), "cohortVersion", change.cohortVersion(),
                Updates.combine(
                        Updates.set("trajectoryId", change.trajectoryId() == null ? null : change.trajectoryId().toString()),
                        Updates.set("status", change.status()),
                        Updates.set("facilitatorIds", change.facilitatorIds()),
                        Updates.set("cohortVersion", change.cohortVersion())));
    }

    @Override
    public boolean record(SessionChange change) {
        return upsertIfNewer(sessions, change.sessionId().toString(), "sessionVersion", change.sessionVersion(),
                Updates.combine(
                        Updates.set("cohortId", change.cohortId().toString()),
                        Updates.set("sequence", change.sequence()),
                        Updates.set("startsAt", change.startsAt() == null ? null : Date.from(change.startsAt())),
                        Updates.set("endsAt", change.endsAt() == null ? null : Date.from(change.endsAt())),
                        Updates.set("cancelled", change.cancelled()),
                        Updates.set("sessionVersion", change.sessionVersion())));
    }

    @Override
    public CohortMembership of(UUID cohortId) {
        Document cohort = cohorts.find(Filters.eq("_id", cohortId.toString())).first();
        Map<String, MemberStatus> statuses = new HashMap<>();
        for (Document member : members.find(Filters.eq("cohortId", cohortId.toString()))) {
            statuses.put(member.getString("participantId"), MemberStatus.valueOf(member.getString("status")));
        }
        List<CohortSession> schedule = new ArrayList<>();
        for (Document session : sessions.find(Filters.eq("cohortId", cohortId.toString()))) {
            schedule.add(new CohortSession(UUID.fromString(session.getString("_id")), session.getInteger("sequence", 0),
                    instant(session.getDate("startsAt")), instant(session.getDate("endsAt")),
                    session.getBoolean("cancelled", false)));
        }
        if (cohort == null) {
            return new CohortMembership(cohortId, null, null, Set.of(), statuses, schedule);
        }
        String trajectoryId = cohort.getString("trajectoryId");
        return new CohortMembership(cohortId, trajectoryId == null ? null : UUID.fromString(trajectoryId),
                cohort.getString("status"), new HashSet<>(cohort.getList("facilitatorIds", String.class, List.of())),
                statuses, schedule);
    }

    @Override
    public Optional<UUID> cohortOfSession(UUID sessionId) {
        return Optional.ofNullable(sessions.find(Filters.eq("_id", sessionId.toString())).first())
                .map(d -> UUID.fromString(d.getString("cohortId")));
    }

    @Override
    public Map<UUID, MemberStatus> cohortsOf(String participantId) {
        Map<UUID, MemberStatus> places = new HashMap<>();
        for (Document member : members.find(Filters.eq("participantId", participantId))) {
            places.put(UUID.fromString(member.getString("cohortId")), MemberStatus.valueOf(member.getString("status")));
        }
        return places;
    }

    @Override
    public void replaceMember(String participantId, String formerId) {
        for (Document member : members.find(Filters.eq("participantId", participantId)).into(new ArrayList<>())) {
            anonymise(member, formerId);
        }
    }

    @Override
    public void expirePersonalData(UUID cohortId, Instant at, Supplier<String> formerIds) {
        cohorts.updateOne(Filters.eq("_id", cohortId.toString()), Updates.set(EXPIRED_AT, at.toString()),
                new UpdateOptions().upsert(true));
        for (Document member : members.find(Filters.eq("cohortId", cohortId.toString())).into(new ArrayList<>())) {
            if (!ErasedParticipants.isFormer(member.getString("participantId"))) {
                anonymise(member, formerIds.get());
            }
        }
    }

    @Override
    public boolean personalDataExpiredSince(UUID cohortId, Instant occurredAt) {
        Document cohort = cohorts.find(Filters.eq("_id", cohortId.toString())).first();
        String expiredAt = cohort == null ? null : cohort.getString(EXPIRED_AT);
        return expiredAt != null && !Instant.parse(expiredAt).isBefore(occurredAt);
    }

    /** Without the enrolment id: it names the participant's enrolment in enrolment-service, and nothing here needs it. */
    private void anonymise(Document member, String formerId) {
        String cohortId = member.getString("cohortId");
        MongoWrites.insertIfAbsent(members, new Document("_id", cohortId + "/" + formerId)
                .append("cohortId", cohortId)
                .append("participantId", formerId)
                .append("status", member.getString("status"))
                .append("rosterVersion", member.get("rosterVersion")));
        members.deleteOne(Filters.eq("_id", member.get("_id")));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
