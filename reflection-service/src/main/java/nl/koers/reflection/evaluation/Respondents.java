package nl.koers.reflection.evaluation;

import java.util.Set;
import java.util.UUID;

/**
 * Who has evaluated a cohort already, and nothing else: a marker per participant and cohort, kept apart from
 * the responses and without time or link to them, so the responses stay anonymous while "once per
 * participant" is enforced by the marker's unique key.
 */
public interface Respondents {

    /** @return false when the participant was marked already */
    boolean mark(UUID cohortId, String participantId);

    /** Takes a marker back when storing the response failed, so the participant can try again. */
    void unmark(UUID cohortId, String participantId);

    /** The cohorts {@code participantId} evaluated: what their export says, yes or no per cohort. */
    Set<UUID> cohortsEvaluatedBy(String participantId);

    /**
     * Drops every marker of {@code participantId}: after their erasure nothing says they evaluated. Their response
     * stays, as it never named them.
     */
    void forget(String participantId);

    /** Drops the cohort's markers at the end of its retention period; the responses stay, for the averages. */
    void forgetIn(UUID cohortId);
}
