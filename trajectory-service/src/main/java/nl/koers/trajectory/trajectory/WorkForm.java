package nl.koers.trajectory.trajectory;

/**
 * The work forms (werkvormen) an agenda item can use: a fixed vocabulary, so that sessions of different
 * cohorts and trajectories can be compared and reported on. OTHER covers what the list does not name.
 */
public enum WorkForm {
    INTERVIEW, REFINEMENT_EXERCISE, STAKEHOLDER_MAP, ROLE_FAN, INFLUENCE_STYLES, CASE_DISCUSSION,
    ACTION_PLANNING, EXPERIENCE_SHARING, EVALUATION, OTHER
}
