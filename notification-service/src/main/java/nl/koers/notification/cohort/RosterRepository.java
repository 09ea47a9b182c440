package nl.koers.notification.cohort;

import static nl.koers.defaults.persistence.MongoWrites.upsertIfNewer;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code cohorts} (one per cohort: status, facilitators, {@code cohortVersion}, and when its personal data expired)
 * and {@code cohort_members} (one per cohort and participant, {@code _id} {@code <cohortId>/<participantId>}, with
 * the {@code rosterVersion} of the fact it holds). Writes are upserts filtered on "stored version lower than mine",
 * so redelivered and reordered facts change nothing. Times are ISO text, as elsewhere in Koers.
 */
@Repository
class RosterRepository implements Rosters {

    private static final String EXPIRED_AT = "personalDataExpiredAt";

    private final MongoCollection<Document> cohorts;
    private final MongoCollection<Document> members;

    RosterRepository(MongoTemplate mongo) {
        this.cohorts = mongo.getCollection("cohorts");
        this.members = mongo.getCollection("cohort_members");
        members.createIndex(Indexes.ascending("cohortId"));
        members.createIndex(Indexes.ascending("participantId"));
    }

    @Override
    public long recordCohort(UUID cohortId, String status, List<String> facilitatorIds, long cohortVersion) {
        upsertIfNewer(cohorts, cohortId.toString(), "cohortVersion", cohortVersion, Updates.combine(
                Updates.set("status", status),
                Updates.set("facilitatorIds", facilitatorIds == null ? List.of() : facilitatorIds),
                Updates.set("cohortVersion", cohortVersion)));
        Document stored = cohorts.find(Filters.eq("_id", cohortId.toString())).first();
        Number held = stored == null ? null : stored.get("cohortVersion", Number.class);
        return held == null ? cohortVersion : held.longValue();
    }

    @Override
    public boolean recordMember(UUID cohortId, String participantId, MemberStatus status, long rosterVersion) {
        return upsertIfNewer(members, cohortId + "/" + participantId, "rosterVersion", rosterVersion, Updates.combine(
                Updates.set("cohortId", cohortId.toString()),
                Updates.set("participantId", participantId),
                Updates.set("status", status.name()),
                Updates.set("rosterVersion", rosterVersion)));
    }

    @Override
    public Roster of(UUID cohortId) {
        Document cohort = cohorts.find(Filters.eq("_id", cohortId.toString())).first();
        Map<String, MemberStatus> places = new HashMap<>();
        for (Document member : members.find(Filters.eq("cohortId", cohortId.toString()))) {
            places.put(member.getString("participantId"), MemberStatus.valueOf(member.getString("status")));
        }
        if (cohort == null) {
            return new Roster(cohortId, null, List.of(), places);
        }
        return new Roster(cohortId, cohort.getString("status"),
                cohort.getList("facilitatorIds", String.class, List.of()), places);
    }

    @Override
    public void removeMember(String participantId) {
        members.deleteMany(Filters.eq("participantId", participantId));
    }

    @Override
    public void expire(UUID cohortId, Instant at) {
        cohorts.updateOne(Filters.eq("_id", cohortId.toString()), Updates.set(EXPIRED_AT, at.toString()),
                new UpdateOptions().upsert(true));
        members.deleteMany(Filters.eq("cohortId", cohortId.toString()));
    }

    @Override
    public boolean expiredSince(UUID cohortId, Instant occurredAt) {
        Document cohort = cohorts.find(Filters.eq("_id", cohortId.toString())).first();
        String expiredAt = cohort == null ? null : cohort.getString(EXPIRED_AT);
        return expiredAt != null && !Instant.parse(expiredAt).isBefore(occurredAt);
    }
}
