package nl.koers.trajectory.report;

/**
 * What erasure and retention change in the report projections: who an enrolment was, never what it counts.
 * Only ids, statuses, sectors and institutions are kept there (never a name or a text), so that is all there is
 * to take out.
 */
public interface ReportPrivacy {

    /**
     * Erasure: the participant's enrolments name {@code formerId} and lose the institution (they count under
     * "unknown" from now on); the sector and every count stay. Their stored profile is deleted.
     */
    void eraseParticipant(String participantId, String formerId);

    /**
     * Retention: the cohort's enrolments name former ids (one per participant) and nothing else changes, so its
     * figures stay exactly as they were; the participants' stored profiles forget the cohort.
     */
    void expireCohort(String cohortId);
}
