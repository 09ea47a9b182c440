package nl.koers.trajectory.question;

/**
 * Who besides the owner reads a development question and its stakeholder map: nobody (PRIVATE), the cohort's
 * facilitators (FACILITATORS), or the facilitators and the cohort's confirmed participants (COHORT).
 * Organisers never read it: it is the participant's own text.
 */
public enum Visibility {
    PRIVATE, FACILITATORS, COHORT
}
