package nl.koers.reflection.membership;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The cohort membership projection, fed by enrolment, cohort and session events. Every write is
 * version-checked, so redelivered and reordered events are harmless.
 */
public interface Memberships {

    /** @return whether the change was kept (false: the same or a newer one is already held) */
    boolean record(MemberChange change);

    /** @return whether the change was kept (false: the same or a newer one is already held) */
    boolean record(CohortChange change);

    /** @return whether the change was kept (false: the same or a newer one is already held) */
    boolean record(SessionChange change);

    /** Never null: a cohort not heard of yet answers {@link CohortMembership#unknown(UUID)}. */
    CohortMembership of(UUID cohortId);

    /** The cohort a session belongs to; empty while the session is not known (yet). */
    Optional<UUID> cohortOfSession(UUID sessionId);

    /** The cohorts {@code participantId} has a place in, with their status there. */
    Map<UUID, MemberStatus> cohortsOf(String participantId);

    /**
     * Puts {@code formerId} in {@code participantId}'s place in every cohort, status kept: the cohort still counts
     * them, nothing names them. A former participant never writes or reads anything.
     */
    void replaceMember(String participantId, String formerId);

    /**
     * The end of a cohort's retention period: from {@code at} on, enrolment facts that happened before it are not
     * recorded any more, and every member's place is kept under a fresh former id of its own.
     */
    void expirePersonalData(UUID cohortId, Instant at, Supplier<String> formerIds);

    /** Whether a fact about the cohort's members that happened at {@code occurredAt} predates its expiry. */
    boolean personalDataExpiredSince(UUID cohortId, Instant occurredAt);
}
