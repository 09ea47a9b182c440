package nl.koers.trajectory.report.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import nl.koers.events.CaseEvent;
import nl.koers.events.CohortCancelled;
import nl.koers.events.CohortClosed;
import nl.koers.events.CohortCompleted;
import nl.koers.events.CohortEvent;
import nl.koers.events.CohortFacts;
import nl.koers.events.CohortOpened;
import nl.koers.events.CohortPlanned;
import nl.koers.events.CohortRetentionExpired;
import nl.koers.events.DevelopmentQuestionEvent;
import nl.koers.events.DomainEvent;
import nl.koers.events.EnrolmentCompleted;
import nl.koers.events.EnrolmentConfirmed;
import nl.koers.events.EnrolmentEvent;
import nl.koers.events.EnrolmentPrivacyEvent;
import nl.koers.events.EnrolmentPromoted;
import nl.koers.events.EnrolmentWaitlisted;
import nl.koers.events.EnrolmentWithdrawn;
import nl.koers.events.EvaluationEvent;
import nl.koers.events.InterventionEvent;
import nl.koers.events.ParticipantEvent;
import nl.koers.events.ParticipantProfileUpdated;
import nl.koers.events.ReflectionEvent;
import nl.koers.events.InvitationEvent;
import nl.koers.events.NotificationPrivacyEvent;
import nl.koers.events.ReflectionPrivacyEvent;
import nl.koers.events.SessionEvent;
import nl.koers.events.TrajectoryCreated;
import nl.koers.events.TrajectoryRevised;
import nl.koers.events.TrajectoryEvent;
import nl.koers.events.TrajectoryPrivacyEvent;
import nl.koers.defaults.privacy.ErasedParticipants;
import nl.koers.trajectory.FormerParticipants;
import nl.koers.trajectory.report.CohortActivity;
import nl.koers.trajectory.report.CohortTally;
import nl.koers.trajectory.report.ReportPrivacy;
import nl.koers.trajectory.report.ReportProfile;
import nl.koers.trajectory.report.ReportProjection;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes a batch of events into the report projections with a handful of bulk writes, every document found by
 * {@code _id} (see {@link RevisedDocuments} for why that matters on a MongoDB-protocol server):
 * <ol>
 * <li>{@code report_trajectories}: owning coalitions from TrajectoryCreated and TrajectoryRevised (the newest
 * version wins) and the ids of the trajectory's cohorts (set-like, {@code $addToSet}), so repeats and replays give
 * the same document;</li>
 * <li>{@code report_participants}: which cohorts a participant is in, and their newest profile with when it
 * changed;</li>
 * <li>{@code report_cohort_activity}: one document per cohort, changed by {@link CohortActivity}: the batch's
 * facts about the cohort, and the profiles of its participants that the batch named (a new enrolment, or a
 * newer profile), so that each enrolment holds the profile it is counted under; an activity the batch left as
 * it was is not written again;</li>
 * <li>{@code report_cohorts}: the cohort's counters, computed from the activity alone and stamped with its
 * revision ({@code gen}): written only when computed from a newer activity than the stored one, so a
 * computation from an older activity never replaces one from a newer, and one missed by a failure is made by
 * the batch's redelivery.</li>
 * </ol>
 * The last three are read-modify-writes guarded by a revision per document, so several instances can
 * project at once without losing a fact.
 */
@Repository
class ReportProjectionRepository implements ReportProjection, ReportPrivacy {

    static final String TRAJECTORIES = "report_trajectories";
    static final String PARTICIPANTS = "report_participants";
    static final String ACTIVITY = "report_cohort_activity";
    static final String COHORTS = "report_cohorts";

    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> trajectories;
    private final RevisedDocuments participants;
    private final RevisedDocuments activity;
    private final RevisedDocuments cohorts;
    private final RollupRepository rollups;
    private final ErasedParticipants erased;

    ReportProjectionRepository(MongoTemplate mongo, ErasedParticipants erased) {
        this.erased = erased;
        this.trajectories = mongo.getCollection(TRAJECTORIES);
        this.participants = new RevisedDocuments(mongo.getCollection(PARTICIPANTS));
        this.activity = new RevisedDocuments(mongo.getCollection(ACTIVITY));
        this.cohorts = new RevisedDocuments(mongo.getCollection(COHORTS));
        this.rollups = new RollupRepository(mongo.getCollection(RollupRepository.ROLLUPS),
                mongo.getCollection(TRAJECTORIES), mongo.getCollection(COHORTS));
    }

    @Override
    public void apply(List<DomainEvent> batch) {
        List<DomainEvent> events = withoutErasedParticipants(batch);
        Map<String, List<DomainEvent>> byCohort = new HashMap<>();
        for (DomainEvent event : events) {
            String cohortId = CohortActivity.cohortOf(event);
            if (cohortId != null) {
                byCohort.computeIfAbsent(cohortId, id -> new ArrayList<>()).add(event);
            }
        }
        TrajectoryChanges trajectoryChanges = writeTrajectories(events);
        BatchParticipants participants = writeParticipants(events);
        Set<String> cohortIds = new HashSet<>(byCohort.keySet());
        cohortIds.addAll(participants.cohortsWithNewProfiles());
        Map<String, Document> stored = activity.change(cohortIds, (id, known) -> {
            CohortActivity cohort = known == null ? CohortActivity.empty(id) : ActivityDocuments.activity(known);
            byCohort.getOrDefault(id, List.of()).forEach(cohort::apply);
            for (String participantId : cohort.participantIds()) {
                StoredProfile profile = participants.profiles().get(participantId);
                if (profile != null) {
                    cohort.applyProfile(profile.profile(), profile.changedAt());
                }
            }
            Document next = ActivityDocuments.activity(cohort);
            // Only repeats, or a profile this cohort does not take: not written again. Its summary is still
            // checked below, in case a failure came between writing this activity and its summary.
            return known != null && ActivityDocuments.sameContent(known, next) ? null : next;
        });
        writeSummaries(stored);
        Set<String> touchedTrajectories = new HashSet<>(trajectoryChanges.touched());
        stored.values().forEach(d -> touchedTrajectories.add(d.getString("trajectoryId")));
        rollups.refresh(touchedTrajectories, trajectoryChanges.formerCoalitions());
    }

    @Override
    public void eraseParticipant(String participantId, String formerId) {
        Document known = participants.read(List.of(participantId)).get(participantId);
        Set<String> cohortIds = new HashSet<>(known == null ? List.of()
                : known.getList("cohortIds", String.class, List.of()));
        Map<String, Document> stored = activity.change(cohortIds, (id, document) -> {
            if (document == null) {
                return null;
            }
            CohortActivity cohort = ActivityDocuments.activity(document);
            return cohort.eraseParticipant(participantId, formerId) ? ActivityDocuments.activity(cohort) : null;
        });
        participants.delete(participantId);
        refreshFigures(stored);
    }

    @Override
    public void expireCohort(String cohortId) {
        Set<String> named = new HashSet<>();
        Map<String, Document> stored = activity.change(List.of(cohortId), (id, document) -> {
            if (document == null) {
                return null;
            }
            CohortActivity cohort = ActivityDocuments.activity(document);
            named.clear();
            named.addAll(cohort.participantIds());
            return cohort.expirePersonalData(p -> ErasedParticipants.formerParticipant())
                    ? ActivityDocuments.activity(cohort) : null;
        });
        named.removeIf(ErasedParticipants::isFormer);
        Map<String, Document> forgotten = participants.change(named, (id, document) -> {
            if (document == null) {
                return null;
            }
            List<String> cohorts = new ArrayList<>(document.getList("cohortIds", String.class, List.of()));
            if (!cohorts.remove(cohortId)) {
                return null;
            }
            Document next = new Document(document);
            next.remove("_id");
            next.remove("rev");
            return next.append("cohortIds", cohorts);
        });
        forgotten.forEach((id, document) -> {
            if (document.getList("cohortIds", String.class, List.of()).isEmpty()) {
                // Nothing left here of this participant's but a profile: it goes, as enrolment-service's does.
                participants.delete(id, ActivityDocuments.number(document, "rev"));
            }
        });
        refreshFigures(stored);
    }

    private void refreshFigures(Map<String, Document> activities) {
        writeSummaries(activities);
        Set<String> touched = new HashSet<>();
        activities.values().forEach(d -> touched.add(d.getString("trajectoryId")));
        rollups.refresh(touched, Map.of());
    }

    /**
     * The batch without what it says about erased participants from before their erasure: such an enrolment
     * fact still counts, under a former id derived from the enrolment, and such a profile is left out. One
     * look-up per participant the batch names, and one more per fact only for those ever erased.
     */
    private List<DomainEvent> withoutErasedParticipants(List<DomainEvent> events) {
        Map<String, Boolean> everErased = new HashMap<>();
        List<DomainEvent> kept = new ArrayList<>(events.size());
        for (DomainEvent event : events) {
            String participantId = switch (event) {
                case EnrolmentEvent e -> participantOf(e);
                case ParticipantProfileUpdated e -> e.participantId();
                default -> null;
            };
            boolean stale = participantId != null
                    && everErased.computeIfAbsent(participantId, p -> erased.erasedSince(p, Instant.MIN))
                    && erased.erasedSince(participantId, event.occurredAt());
            if (!stale) {
                kept.add(event);
            } else if (event instanceof EnrolmentEvent enrolment) {
                kept.add(anonymised(enrolment));
            }
        }
        return kept;
    }

    private static String participantOf(EnrolmentEvent event) {
        return switch (event) {
            case EnrolmentConfirmed e -> e.participantId();
            case EnrolmentWaitlisted e -> e.participantId();
            case EnrolmentPromoted e -> e.participantId();
            case EnrolmentWithdrawn e -> e.participantId();
            case EnrolmentCompleted e -> e.participantId();
        };
    }

    private static EnrolmentEvent anonymised(EnrolmentEvent event) {
        return switch (event) {
            case EnrolmentConfirmed e -> new EnrolmentConfirmed(e.eventId(), e.occurredAt(), e.enrolmentId(),
                    e.cohortId(), FormerParticipants.ofEnrolment(e.enrolmentId()), e.rosterVersion());
            case EnrolmentWaitlisted e -> new EnrolmentWaitlisted(e.eventId(), e.occurredAt(), e.enrolmentId(),
                    e.cohortId(), FormerParticipants.ofEnrolment(e.enrolmentId()), e.rosterVersion(),
                    e.waitlistPosition());
            case EnrolmentPromoted e -> new EnrolmentPromoted(e.eventId(), e.occurredAt(), e.enrolmentId(),
                    e.cohortId(), FormerParticipants.ofEnrolment(e.enrolmentId()), e.rosterVersion());
            case EnrolmentWithdrawn e -> new EnrolmentWithdrawn(e.eventId(), e.occurredAt(), e.enrolmentId(),
                    e.cohortId(), FormerParticipants.ofEnrolment(e.enrolmentId()), e.rosterVersion());
            case EnrolmentCompleted e -> new EnrolmentCompleted(e.eventId(), e.occurredAt(), e.enrolmentId(),
                    e.cohortId(), FormerParticipants.ofEnrolment(e.enrolmentId()), e.rosterVersion());
        };
    }

    /** A participant's newest profile as the report projection stores it, with when it was changed. */
    private record StoredProfile(ReportProfile profile, Instant changedAt) {
    }

    /**
     * What one batch knows of the participants it names: their stored profiles, and the cohorts of those whose
     * profile this batch made newer.
     */
    private record BatchParticipants(Map<String, StoredProfile> profiles, Set<String> cohortsWithNewProfiles) {
    }

    /**
     * The trajectories whose coalitions or cohorts a batch may have changed, and the coalitions that a revision
     * took a trajectory away from (their totals must be recomputed without it).
     */
    private record TrajectoryChanges(Set<String> touched, Map<String, Set<String>> formerCoalitions) {
    }

    /** A trajectory's owning coalitions as of a version: creation is version 1, each revision names its own. */
    private record Owners(long version, List<String> coalitionIds) {

        static Owners newer(Owners a, Owners b) {
            return b.version >= a.version ? b : a;
        }
    }

    private TrajectoryChanges writeTrajectories(List<DomainEvent> events) {
        Map<String, Owners> owners = new HashMap<>();
        Map<String, Set<String>> cohortIds = new HashMap<>();
        for (DomainEvent event : events) {
            switch (event) {
                case TrajectoryCreated e -> owners.merge(e.trajectoryId().toString(),
                        new Owners(1, e.coalitionIds() == null ? List.of() : e.coalitionIds()), Owners::newer);
                case TrajectoryRevised e -> owners.merge(e.trajectoryId().toString(),
                        new Owners(e.version(), e.coalitionIds() == null ? List.of() : e.coalitionIds()), Owners::newer);
                case CohortPlanned e -> cohortOf(cohortIds, e.cohortId().toString(), e.cohort());
                case CohortOpened e -> cohortOf(cohortIds, e.cohortId().toString(), e.cohort());
                case CohortClosed e -> cohortOf(cohortIds, e.cohortId().toString(), e.cohort());
                case CohortCancelled e -> cohortOf(cohortIds, e.cohortId().toString(), e.cohort());
                case CohortCompleted e -> cohortOf(cohortIds, e.cohortId().toString(), e.cohort());
                // The cohort's trajectory is known from its life cycle already; retention changes no ownership.
                case CohortRetentionExpired ignored -> {
                }
                // The other facts name no trajectory (sessions and questions are found through their cohort).
                case SessionEvent ignored -> {
                }
                case DevelopmentQuestionEvent ignored -> {
                }
                case EnrolmentEvent ignored -> {
                }
                case ParticipantEvent ignored -> {
                }
                case ReflectionEvent ignored -> {
                }
                case CaseEvent ignored -> {
                }
                case InterventionEvent ignored -> {
                }
                case EvaluationEvent ignored -> {
                }
                case EnrolmentPrivacyEvent ignored -> {
                }
                case TrajectoryPrivacyEvent ignored -> {
                }
                case ReflectionPrivacyEvent ignored -> {
                }
                case NotificationPrivacyEvent ignored -> {
                }
                case InvitationEvent ignored -> {
                }
            }
        }
        Set<String> ids = new HashSet<>(owners.keySet());
        ids.addAll(cohortIds.keySet());
        Map<String, Set<String>> former = new HashMap<>();
        List<WriteModel<Document>> writes = new ArrayList<>(ownerWrites(owners, former));
        for (Map.Entry<String, Set<String>> cohorts : cohortIds.entrySet()) {
            // Filter on _id alone, so that the _id index serves it; set-like, so repeats and any order agree.
            writes.add(new UpdateOneModel<>(new Document("_id", cohorts.getKey()),
                    Updates.addEachToSet("cohortIds", new ArrayList<>(cohorts.getValue())), UPSERT));
        }
        if (!writes.isEmpty()) {
            trajectories.bulkWrite(writes, UNORDERED);
        }
        return new TrajectoryChanges(ids, former);
    }

    /**
     * The owning coalitions replace the stored ones only when newer ({@code coalitionsVersion}), so a replay of
     * the creation after a revision does not bring back a coalition the revision removed. A trajectory's facts
     * share one partition and one consumer, so reading and then writing its document cannot race another write
     * of its coalitions.
     */
    private List<WriteModel<Document>> ownerWrites(Map<String, Owners> owners, Map<String, Set<String>> former) {
        if (owners.isEmpty()) {
            return List.of();
        }
        Map<String, Document> stored = new HashMap<>();
        trajectories.find(Filters.in("_id", new ArrayList<>(owners.keySet())))
                .projection(Projections.include("coalitionIds", "coalitionsVersion"))
                .forEach(d -> stored.put(d.getString("_id"), d));
        List<WriteModel<Document>> writes = new ArrayList<>();
        owners.forEach((id, newest) -> {
            Document known = stored.get(id);
            long knownVersion = known == null ? 0 : known.get("coalitionsVersion", Number.class) == null
                    ? 0 : known.get("coalitionsVersion", Number.class).longValue();
            if (newest.version() <= knownVersion) {
                return;
            }
            Set<String> removed = new HashSet<>(known == null ? List.of()
                    : known.getList("coalitionIds", String.class, List.of()));
            removed.removeAll(newest.coalitionIds());
            if (!removed.isEmpty()) {
                former.put(id, removed);
            }
            writes.add(new UpdateOneModel<>(new Document("_id", id), Updates.combine(
                    Updates.set("coalitionIds", List.copyOf(new java.util.LinkedHashSet<>(newest.coalitionIds()))),
                    Updates.set("coalitionsVersion", newest.version())), UPSERT));
        });
        return writes;
    }

    private static void cohortOf(Map<String, Set<String>> cohortIds, String cohortId, CohortFacts facts) {
        if (facts != null && facts.trajectoryId() != null) {
            cohortIds.computeIfAbsent(facts.trajectoryId().toString(), id -> new HashSet<>()).add(cohortId);
        }
    }

    private BatchParticipants writeParticipants(List<DomainEvent> events) {
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
                // Only enrolments say which cohorts a participant is in, and only profiles who they are.
                case TrajectoryEvent ignored -> {
                }
                case CohortEvent ignored -> {
                }
                case SessionEvent ignored -> {
                }
                case DevelopmentQuestionEvent ignored -> {
                }
                case ReflectionEvent ignored -> {
                }
                case CaseEvent ignored -> {
                }
                case InterventionEvent ignored -> {
                }
                case EvaluationEvent ignored -> {
                }
                case EnrolmentPrivacyEvent ignored -> {
                }
                case TrajectoryPrivacyEvent ignored -> {
                }
                case ReflectionPrivacyEvent ignored -> {
                }
                case NotificationPrivacyEvent ignored -> {
                }
                case InvitationEvent ignored -> {
                }
            }
        }
        Set<String> ids = new HashSet<>(memberships.keySet());
        ids.addAll(newest.keySet());
        Set<String> profileChanged = new HashSet<>();
        Map<String, Document> stored = participants.change(ids, (id, known) -> {
            Set<String> cohortIds = new HashSet<>(known == null ? List.of() : known.getList("cohortIds", String.class, List.of()));
            boolean joined = cohortIds.addAll(memberships.getOrDefault(id, Set.of()));
            ParticipantProfileUpdated profile = newest.get(id);
            boolean newer = profile != null && profile.profileVersion() > (known == null ? 0 : ActivityDocuments.number(known, "profileVersion"));
            if (!joined && !newer) {
                return null;
            }
            if (newer) {
                profileChanged.add(id);
            }
            Document kept = known == null ? new Document() : known;
            return new Document("cohortIds", new ArrayList<>(cohortIds))
                    .append("profileVersion", newer ? profile.profileVersion() : ActivityDocuments.number(kept, "profileVersion"))
                    .append("sector", newer ? profile.sector() : kept.getString("sector"))
                    .append("institution", newer ? profile.institution() : kept.getString("institution"))
                    .append("changedAt", newer ? text(profile.occurredAt()) : kept.getString("changedAt"));
        });
        Map<String, StoredProfile> profiles = new HashMap<>();
        Set<String> cohorts = new HashSet<>();
        stored.forEach((id, d) -> {
            long version = ActivityDocuments.number(d, "profileVersion");
            if (version > 0) {
                String changedAt = d.getString("changedAt");
                profiles.put(id, new StoredProfile(new ReportProfile(id, version, d.getString("sector"),
                        d.getString("institution")), changedAt == null ? null : Instant.parse(changedAt)));
            }
            if (profileChanged.contains(id)) {
                cohorts.addAll(d.getList("cohortIds", String.class, List.of()));
            }
        });
        return new BatchParticipants(profiles, cohorts);
    }

    /** An instant as text, to the nanosecond, like the activity's completion it is compared with. */
    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static void member(Map<String, Set<String>> memberships, String participantId, String cohortId) {
        // A former participant gets no profile any more: nothing to route to their cohorts.
        if (participantId != null && !ErasedParticipants.isFormer(participantId)) {
            memberships.computeIfAbsent(participantId, id -> new HashSet<>()).add(cohortId);
        }
    }

    private void writeSummaries(Map<String, Document> activities) {
        if (activities.isEmpty()) {
            return;
        }
        cohorts.change(activities.keySet(), (id, known) -> {
            long gen = ActivityDocuments.number(activities.get(id), "rev");
            if (known != null && ActivityDocuments.number(known, "gen") >= gen) {
                return null; // computed from this activity, or a newer one, already
            }
            CohortActivity cohort = ActivityDocuments.activity(activities.get(id));
            return ActivityDocuments.summary(cohort, gen, CohortTally.of(cohort));
        });
    }
}
