package nl.koers.trajectory.roster;

import static nl.koers.defaults.persistence.MongoWrites.upsertIfNewer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import nl.koers.defaults.privacy.ErasedParticipants;
import nl.koers.defaults.web.PageView;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The roster projection in MongoDB: {@code roster_entries}, one document per enrolment, and
 * {@code participant_profiles}, the newest profile per participant. Both are written by upserts filtered on
 * "stored version lower than mine": when a newer copy is stored the filter misses, the upsert tries to
 * insert the same {@code _id}, and the duplicate-key error that follows means "already newer", not failure.
 * <p>
 * Enrolment events carry no name or institution: a new entry starts with neither ({@code profileVersion 0}) and
 * is then given the newest stored profile, if any; a profile arriving later fills it in. An entry's participant
 * is written only when it is created, because an enrolment never changes hands: an entry an erasure or retention
 * anonymised keeps its former id whatever fact about the enrolment comes next.
 */
@Repository
class RosterEntryRepository implements RosterEntries, CohortMemberships {

    /** A completed participant stays a member: they keep access to their cohort's sessions and questions. */
    private static final List<String> MEMBER_STATUSES = java.util.Arrays.stream(RosterStatus.values())
            .filter(RosterStatus::isMember).map(Enum::name).toList();

    private final MongoCollection<Document> entries;
    private final MongoCollection<Document> profiles;

    RosterEntryRepository(MongoTemplate mongo) {
        this.entries = mongo.getCollection("roster_entries");
        this.profiles = mongo.getCollection("participant_profiles");
        entries.createIndex(Indexes.ascending("cohortId", "status", "displayName"));
        entries.createIndex(Indexes.ascending("participantId"));
    }

    @Override
    public boolean record(RosterEntry entry) {
        String id = entry.enrolmentId().toString();
        boolean kept = upsertIfNewer(entries, id, "rosterVersion", entry.rosterVersion(), Updates.combine(
                Updates.set("cohortId", entry.cohortId().toString()),
                Updates.setOnInsert("participantId", entry.participantId()),
                Updates.setOnInsert("displayName", null),
                Updates.setOnInsert("institution", null),
                Updates.setOnInsert("profileVersion", 0L),
                Updates.set("status", entry.status().name()),
                Updates.set("rosterVersion", entry.rosterVersion())));
        if (kept) {
            Document profile = profiles.find(Filters.eq("_id", entry.participantId())).first();
            if (profile != null) {
                entries.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("participantId", entry.participantId()),
                        olderProfileThan(profile)), showing(profile));
            }
        }
        return kept;
    }

    @Override
    public void recordProfile(ParticipantProfile profile) {
        Document stored = new Document("displayName", profile.displayName())
                .append("institution", profile.institution())
                .append("profileVersion", profile.profileVersion());
        if (upsertIfNewer(profiles, profile.participantId(), "profileVersion", profile.profileVersion(),
                new Document("$set", stored))) {
            entries.updateMany(Filters.and(Filters.eq("participantId", profile.participantId()),
                    olderProfileThan(stored)), showing(stored));
        }
    }

    @Override
    public PageView<RosterEntry> ofCohort(UUID cohortId, Set<RosterStatus> statuses, int page, int size) {
        Bson filter = Filters.and(Filters.eq("cohortId", cohortId.toString()),
                Filters.in("status", statuses.stream().map(Enum::name).toList()));
        long total = entries.countDocuments(filter);
        List<RosterEntry> items = entries.find(filter)
                .sort(Sorts.ascending("displayName", "_id"))
                .skip(page * size).limit(size)
                .map(RosterEntryRepository::toEntry).into(new ArrayList<>());
        return PageView.of(items, page, size, total);
    }

    @Override
    public Map<UUID, RosterStatus> currentStatusesOf(String participantId) {
        Map<UUID, RosterEntry> latest = new HashMap<>();
        entries.find(Filters.eq("participantId", participantId)).map(RosterEntryRepository::toEntry)
                .forEach(entry -> latest.merge(entry.cohortId(), entry,
                        (a, b) -> a.rosterVersion() >= b.rosterVersion() ? a : b));
        Map<UUID, RosterStatus> statuses = new HashMap<>();
        latest.forEach((cohortId, entry) -> statuses.put(cohortId, entry.status()));
        return statuses;
    }

    @Override
    public boolean isConfirmed(UUID cohortId, String participantId) {
        return entries.countDocuments(Filters.and(Filters.eq("cohortId", cohortId.toString()),
                Filters.eq("participantId", participantId), Filters.in("status", MEMBER_STATUSES))) > 0;
    }

    @Override
    public Set<UUID> confirmedCohortsOf(String participantId) {
        Set<UUID> cohorts = new HashSet<>();
        entries.find(Filters.and(Filters.eq("participantId", participantId),
                        Filters.in("status", MEMBER_STATUSES)))
                .forEach(d -> cohorts.add(UUID.fromString(d.getString("cohortId"))));
        return cohorts;
    }

    @Override
    public Set<String> confirmedParticipantsOf(UUID cohortId) {
        Set<String> participants = new HashSet<>();
        entries.find(Filters.and(Filters.eq("cohortId", cohortId.toString()),
                        Filters.in("status", MEMBER_STATUSES)))
                .forEach(d -> participants.add(d.getString("participantId")));
        return participants;
    }

    @Override
    public List<RosterEntry> ofParticipant(String participantId) {
        return entries.find(Filters.eq("participantId", participantId)).sort(Sorts.ascending("cohortId", "_id"))
                .map(RosterEntryRepository::toEntry).into(new ArrayList<>());
    }

    @Override
    public Set<UUID> eraseParticipant(String participantId, String formerId) {
        Set<UUID> cohorts = new HashSet<>();
        entries.find(Filters.eq("participantId", participantId))
                .forEach(d -> cohorts.add(UUID.fromString(d.getString("cohortId"))));
        entries.updateMany(Filters.eq("participantId", participantId), anonymised(formerId));
        profiles.deleteOne(Filters.eq("_id", participantId));
        return cohorts;
    }

    @Override
    public Map<String, String> expireCohort(UUID cohortId) {
        Map<String, String> formerIds = new HashMap<>();
        entries.find(Filters.eq("cohortId", cohortId.toString())).forEach(d -> {
            String participantId = d.getString("participantId");
            if (participantId != null && !ErasedParticipants.isFormer(participantId)) {
                formerIds.computeIfAbsent(participantId, p -> ErasedParticipants.formerParticipant());
            }
        });
        formerIds.forEach((participantId, formerId) -> {
            entries.updateMany(Filters.and(Filters.eq("cohortId", cohortId.toString()),
                    Filters.eq("participantId", participantId)), anonymised(formerId));
            if (entries.countDocuments(Filters.eq("participantId", participantId)) == 0) {
                profiles.deleteOne(Filters.eq("_id", participantId));
            }
        });
        return formerIds;
    }

    /** No name, no institution, and a profile version no profile reaches, so that none is ever shown again. */
    private static Bson anonymised(String formerId) {
        return Updates.combine(Updates.set("participantId", formerId), Updates.set("displayName", null),
                Updates.set("institution", null), Updates.set("profileVersion", Long.MAX_VALUE));
    }

    private static Bson olderProfileThan(Document profile) {
        return Filters.lt("profileVersion", profile.get("profileVersion", Number.class).longValue());
    }

    private static Bson showing(Document profile) {
        return Updates.combine(
                Updates.set("displayName", profile.getString("displayName")),
                Updates.set("institution", profile.getString("institution")),
                Updates.set("profileVersion", profile.get("profileVersion", Number.class).longValue()));
    }

    private static RosterEntry toEntry(Document d) {
        return new RosterEntry(UUID.fromString(d.getString("_id")), UUID.fromString(d.getString("cohortId")),
                d.getString("participantId"), d.getString("displayName"), d.getString("institution"),
                RosterStatus.valueOf(d.getString("status")), d.get("rosterVersion", Number.class).longValue());
    }
}
