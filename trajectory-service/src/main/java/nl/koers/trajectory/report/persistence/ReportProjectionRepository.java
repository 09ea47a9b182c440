package nl.koers.trajectory.report.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import com.mongodb.bulk.BulkWriteError;
import nl.koers.events.CohortCancelled;
import nl.koers.events.CohortClosed;
import nl.koers.events.CohortCompleted;
import nl.koers.events.CohortFacts;
import nl.koers.events.CohortOpened;
import nl.koers.events.CohortPlanned;
import nl.koers.events.DomainEvent;
import nl.koers.events.EnrolmentCompleted;
import nl.koers.events.EnrolmentConfirmed;
import nl.koers.events.EnrolmentPromoted;
import nl.koers.events.EnrolmentWaitlisted;
import nl.koers.events.EnrolmentWithdrawn;
import nl.koers.events.ParticipantProfileUpdated;
import nl.koers.events.TrajectoryCreated;
import nl.koers.trajectory.report.CohortActivity;
import nl.koers.trajectory.report.CohortTally;
import nl.koers.trajectory.report.ReportProfile;
import nl.koers.trajectory.report.ReportProjection;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes a batch of events into the report projections with a handful of bulk writes, all looked up by
 * {@code _id} (the one index every MongoDB-protocol server uses for queries):
 * <ol>
 * <li>{@code report_trajectories}: owning coalitions from TrajectoryCreated, and the ids of the trajectory's
 * cohorts, both set-like, so repeats and any order give the same document;</li>
 * <li>{@code report_participants}: which cohorts a participant is in, and their newest profile (version-checked);</li>
 * <li>{@code report_cohort_activity}: one document per cohort, read, changed by {@link CohortActivity} and
 * written back only if its {@code gen} is still the one read (another instance's write is retried on the fresh
 * document), so no event is lost without transactions;</li>
 * <li>{@code report_cohorts}: the cohort's counters, recomputed from the activity just written and the
 * participants' profiles, stamped with the activity's {@code gen} so that an older computation never
 * replaces a newer one.</li>
 * </ol>
 */
@Repository
class ReportProjectionRepository implements ReportProjection {

    static final String TRAJECTORIES = "report_trajectories";
    static final String PARTICIPANTS = "report_participants";
    static final String ACTIVITY = "report_cohort_activity";
    static final String COHORTS = "report_cohorts";

    private static final int DUPLICATE_KEY = 11000;
    private static final int ATTEMPTS = 10;
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> trajectories;
    private final MongoCollection<Document> participants;
    private final MongoCollection<Document> activity;
    private final MongoCollection<Document> cohorts;

    ReportProjectionRepository(MongoTemplate mongo) {
        this.trajectories = mongo.getCollection(TRAJECTORIES);
        this.participants = mongo.getCollection(PARTICIPANTS);
        this.activity = mongo.getCollection(ACTIVITY);
        this.cohorts = mongo.getCollection(COHORTS);
    }

    @Override
    public void apply(List<DomainEvent> events) {
        Map<String, List<DomainEvent>> byCohort = new LinkedHashMap<>();
        for (DomainEvent event : events) {
            String cohortId = CohortActivity.cohortOf(event);
            if (cohortId != null) {
                byCohort.computeIfAbsent(cohortId, id -> new ArrayList<>()).add(event);
            }
        }
        writeTrajectories(events);
        Set<String> profileChanged = writeParticipants(events);
        Map<String, Stored> written = writeActivity(byCohort);
        writeSummaries(written, profileChanged);
    }

    /** A cohort's activity as just stored, at {@code gen}. */
    private record Stored(CohortActivity cohort, long gen) {
    }

    private void writeTrajectories(List<DomainEvent> events) {
        Map<String, Set<String>> coalitions = new HashMap<>();
        Map<String, Set<String>> cohortIds = new HashMap<>();
        for (DomainEvent event : events) {
            switch (event) {
                case TrajectoryCreated e -> coalitions.put(e.trajectoryId().toString(),
                        new HashSet<>(e.coalitionIds() == null ? List.of() : e.coalitionIds()));
                case CohortPlanned e -> cohortOf(cohortIds, e.cohortId().toString(), e.cohort());
                case CohortOpened e -> cohortOf(cohortIds, e.cohortId().toString(), e.cohort());
                case CohortClosed e -> cohortOf(cohortIds, e.cohortId().toString(), e.cohort());
                case CohortCancelled e -> cohortOf(cohortIds, e.cohortId().toString(), e.cohort());
                case CohortCompleted e -> cohortOf(cohortIds, e.cohortId().toString(), e.cohort());
                default -> {
                }
            }
        }
        Set<String> ids = new HashSet<>(coalitions.keySet());
        ids.addAll(cohortIds.keySet());
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (String id : ids) {
            List<Bson> updates = new ArrayList<>();
            if (coalitions.containsKey(id)) {
                updates.add(Updates.set("created", true));
                updates.add(Updates.addEachToSet("coalitionIds", new ArrayList<>(coalitions.get(id))));
            }
            if (cohortIds.containsKey(id)) {
                updates.add(Updates.addEachToSet("cohortIds", new ArrayList<>(cohortIds.get(id))));
            }
            writes.add(new UpdateOneModel<>(Filters.eq("_id", id), Updates.combine(updates), UPSERT));
        }
        bulk(trajectories, writes);
    }

    private static void cohortOf(Map<String, Set<String>> cohortIds, String cohortId, CohortFacts facts) {
        if (facts != null && facts.trajectoryId() != null) {
            cohortIds.computeIfAbsent(facts.trajectoryId().toString(), id -> new HashSet<>()).add(cohortId);
        }
    }

    /** @return the cohorts whose counters must be recomputed because a participant's profile changed */
    private Set<String> writeParticipants(List<DomainEvent> events) {
        Map<String, Set<String>> memberships = new HashMap<>();
        Map<String, ParticipantProfileUpdated> newest = new HashMap<>();
        for (DomainEvent event : events) {
            switch (event) {
                case EnrolmentConfirmed e -> member(memberships, e.participantId(), e.cohortId().toString());
                case EnrolmentWaitlisted e -> member(memberships, e.participantId(), e.cohortId().toString());
                case EnrolmentPromoted e -> member(memberships, e.participantId(), e.cohortId().toString());
                case EnrolmentWithdrawn e -> member(memberships, e.participantId(), e.cohortId().toString());
                case EnrolmentCompleted e -> member(memberships, e.participantId(), e.cohortId().toString());
                case ParticipantProfileUpdated e -> newest.merge(e.participantId(), e,
                        (a, b) -> a.profileVersion() >= b.profileVersion() ? a : b);
                default -> {
                }
            }
        }
        List<WriteModel<Document>> joins = new ArrayList<>();
        Set<String> touched = new HashSet<>(newest.keySet());
        memberships.forEach((participant, cohortIds) -> joins.add(new UpdateOneModel<>(Filters.eq("_id", participant),
                Updates.combine(Updates.addEachToSet("cohortIds", new ArrayList<>(cohortIds)),
                        Updates.setOnInsert("profileVersion", 0L)), UPSERT)));
        touched.addAll(memberships.keySet());
        bulk(participants, joins);
        List<WriteModel<Document>> profiles = new ArrayList<>();
        // Filtered on "stored version lower than mine": an older profile misses, and its upsert's duplicate
        // key is the sign that a newer one is stored already.
        newest.values().forEach(p -> profiles.add(new UpdateOneModel<>(
                Filters.and(Filters.eq("_id", p.participantId()), Filters.lt("profileVersion", p.profileVersion())),
                Updates.combine(Updates.set("profileVersion", p.profileVersion()), Updates.set("sector", p.sector()),
                        Updates.set("institution", p.institution())), UPSERT)));
        bulk(participants, profiles);
        Set<String> affected = new HashSet<>();
        if (!newest.isEmpty()) {
            participants.find(Filters.in("_id", newest.keySet()))
                    .forEach(d -> affected.addAll(d.getList("cohortIds", String.class, List.of())));
        }
        return affected;
    }

    private static void member(Map<String, Set<String>> memberships, String participantId, String cohortId) {
        if (participantId != null) {
            memberships.computeIfAbsent(participantId, id -> new HashSet<>()).add(cohortId);
        }
    }

    /** @return each changed cohort's activity with the gen it was stored at */
    private Map<String, Stored> writeActivity(Map<String, List<DomainEvent>> byCohort) {
        Map<String, Stored> stored = new HashMap<>();
        Map<String, List<DomainEvent>> pending = byCohort;
        for (int attempt = 0; attempt < ATTEMPTS && !pending.isEmpty(); attempt++) {
            Map<String, Document> current = byId(activity, pending.keySet());
            List<WriteModel<Document>> writes = new ArrayList<>();
            List<String> order = new ArrayList<>();
            Map<String, Stored> planned = new HashMap<>();
            for (Map.Entry<String, List<DomainEvent>> entry : pending.entrySet()) {
                Document known = current.get(entry.getKey());
                CohortActivity cohort = known == null ? CohortActivity.empty(entry.getKey()) : ActivityDocuments.activity(known);
                entry.getValue().forEach(cohort::apply);
                long gen = known == null ? 1 : ActivityDocuments.number(known, "gen") + 1;
                Document next = ActivityDocuments.activity(cohort, gen);
                writes.add(known == null ? new InsertOneModel<>(next) : new ReplaceOneModel<>(
                        Filters.and(Filters.eq("_id", entry.getKey()), Filters.eq("gen", gen - 1)), next));
                order.add(entry.getKey());
                planned.put(entry.getKey(), new Stored(cohort, gen));
            }
            Set<String> lost = bulkLosing(activity, writes, order);
            Map<String, List<DomainEvent>> retry = new LinkedHashMap<>();
            for (String id : order) {
                if (lost.contains(id)) {
                    retry.put(id, pending.get(id));
                } else {
                    stored.put(id, planned.get(id));
                }
            }
            pending = retry;
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException("Report activity of cohorts " + pending.keySet()
                    + " kept changing under this writer; the batch will be retried");
        }
        return stored;
    }

    private void writeSummaries(Map<String, Stored> written, Set<String> profileChanged) {
        Map<String, Stored> recompute = new HashMap<>(written);
        Set<String> unread = new HashSet<>(profileChanged);
        unread.removeAll(written.keySet());
        byId(activity, unread).forEach((id, d) ->
                recompute.put(id, new Stored(ActivityDocuments.activity(d), ActivityDocuments.number(d, "gen"))));
        if (recompute.isEmpty()) {
            return;
        }
        Set<String> participantIds = new HashSet<>();
        recompute.values().forEach(s -> s.cohort().enrolments().values().forEach(e -> participantIds.add(e.participantId())));
        participantIds.remove(null);
        Map<String, ReportProfile> profiles = new HashMap<>();
        byId(participants, participantIds).forEach((id, d) -> profiles.put(id, new ReportProfile(id,
                ActivityDocuments.number(d, "profileVersion"), d.getString("sector"), d.getString("institution"))));
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Stored s : recompute.values()) {
            Document summary = ActivityDocuments.summary(s.cohort(), s.gen(), CohortTally.of(s.cohort(), profiles));
            // Equal gen may overwrite: a profile change recomputes a cohort whose activity did not change.
            writes.add(new UpdateOneModel<>(Filters.and(Filters.eq("_id", s.cohort().cohortId()), Filters.lte("gen", s.gen())),
                    new Document("$set", summary), UPSERT));
        }
        bulk(cohorts, writes);
    }

    private static Map<String, Document> byId(MongoCollection<Document> collection, Collection<String> ids) {
        Map<String, Document> found = new HashMap<>();
        if (!ids.isEmpty()) {
            collection.find(Filters.in("_id", ids)).forEach(d -> found.put(d.getString("_id"), d));
        }
        return found;
    }

    /** An unordered bulk write in which a duplicate key means "a newer version is stored": not a failure. */
    private static void bulk(MongoCollection<Document> collection, List<WriteModel<Document>> writes) {
        bulkLosing(collection, writes, null);
    }

    /** @return the ids (by position in {@code ids}) whose write lost a race: no match or a duplicate key */
    private static Set<String> bulkLosing(MongoCollection<Document> collection, List<WriteModel<Document>> writes,
                                          List<String> ids) {
        if (writes.isEmpty()) {
            return Set.of();
        }
        Set<String> lost = new HashSet<>();
        try {
            var result = collection.bulkWrite(writes, UNORDERED);
            if (ids != null && result.getMatchedCount() + result.getInsertedCount() < writes.size()) {
                lost.addAll(unmatched(collection, writes, ids));
            }
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                if (ids != null) {
                    lost.add(ids.get(error.getIndex()));
                }
            }
            if (ids != null && e.getWriteResult().getMatchedCount() + e.getWriteResult().getInsertedCount()
                    + e.getWriteErrors().size() < writes.size()) {
                lost.addAll(unmatched(collection, writes, ids));
            }
        }
        return lost;
    }

    /** A replace that matched nothing lost to another writer; which one is found by re-reading the gens. */
    private static Set<String> unmatched(MongoCollection<Document> collection, List<WriteModel<Document>> writes,
                                         List<String> ids) {
        Map<String, Document> now = byId(collection, ids);
        Set<String> lost = new HashSet<>();
        for (int i = 0; i < writes.size(); i++) {
            if (writes.get(i) instanceof ReplaceOneModel<Document> replace) {
                Document stored = now.get(ids.get(i));
                if (stored == null || ActivityDocuments.number(stored, "gen") != replace.getReplacement().get("gen", Number.class).longValue()) {
                    lost.add(ids.get(i));
                }
            }
        }
        return lost;
    }
}
