package nl.koers.trajectory.session;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.koers.defaults.web.PageView;

/**
 * Where sessions are kept. A cohort's sequence numbers are unique (the store enforces it), so two organisers
 * scheduling at once never produce two sessions with the same number.
 */
public interface Sessions {

    /**
     * Stores new sessions of one cohort with their pending events, in order, stopping at the first whose
     * sequence is taken.
     *
     * @return false when a sequence number was already taken
     */
    boolean add(List<Session> sessions);

    /**
     * Stores a changed session and its pending events if it is still at {@code expectedVersion}.
     *
     * @return false when someone else changed it first
     */
    boolean update(Session session, long expectedVersion);

    Optional<Session> find(UUID id);

    /** One page of a cohort's sessions by sequence. */
    PageView<Session> ofCohort(UUID cohortId, int page, int size);

    /** Every session of a cohort by sequence (at most {@link Session#MAX_SEQUENCE}). */
    List<Session> allOfCohort(UUID cohortId);

    /** Sessions of the given cohorts, by start, at most {@code limit}. */
    List<Session> ofCohorts(Collection<UUID> cohortIds, int limit);

    /**
     * The scheduled (not cancelled) sessions of the given cohorts that start at or after {@code from}, earliest
     * first, at most {@code limit}.
     */
    List<Session> upcoming(Collection<UUID> cohortIds, Instant from, int limit);

    /** The highest sequence number in use in a cohort, 0 when it has none. */
    int highestSequence(UUID cohortId);

    /**
     * Changes who attendance marks name, and nothing else: each mark of a participant in {@code formerIds} names
     * the former id instead (erasure and retention keep the counts, not the people). Only sessions of
     * {@code cohortId}, or of every cohort when it is null.
     */
    void renameAttendees(UUID cohortId, Map<String, String> formerIds);
}
