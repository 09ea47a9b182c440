package nl.koers.trajectory.cohort;

/**
 * Where a cohort is in its life: planned, taking enrolments, closed to them, run to its end (completed), or
 * called off for good.
 */
public enum CohortStatus {
    PLANNED, OPEN, CLOSED, CANCELLED, COMPLETED
}
