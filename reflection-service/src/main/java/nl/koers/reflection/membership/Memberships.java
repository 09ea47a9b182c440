package nl.koers.reflection.membership;

import java.util.Optional;
import java.util.UUID;

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
}
