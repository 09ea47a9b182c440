package nl.koers.notification.cohort;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The projection of cohorts' facilitators and participants, fed by events; every write is version-checked. */
public interface Rosters {

    /**
     * Keeps a cohort's status and facilitators unless a newer version is held.
     *
     * @return the version held after the write: {@code cohortVersion} when this fact is the newest one
     */
    long recordCohort(UUID cohortId, String status, List<String> facilitatorIds, long cohortVersion);

    /** Keeps a participant's place unless a newer roster version of it is held; false when one is. */
    boolean recordMember(UUID cohortId, String participantId, MemberStatus status, long rosterVersion);

    /** Never null: a cohort not heard of yet is {@link Roster#unknown}. */
    Roster of(UUID cohortId);

    /** Removes {@code participantId} from every cohort. */
    void removeMember(String participantId);

    /** The end of a cohort's retention: its participants are forgotten, and older facts about them are not kept. */
    void expire(UUID cohortId, Instant at);

    /** Whether a fact about the cohort's participants that happened at {@code occurredAt} predates its expiry. */
    boolean expiredSince(UUID cohortId, Instant occurredAt);
}
