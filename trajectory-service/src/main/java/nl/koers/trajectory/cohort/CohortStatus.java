package nl.koers.trajectory.cohort;

/** Where a cohort is in its life: planned, taking enrolments, closed to them, or called off for good. */
public enum CohortStatus {
    PLANNED, OPEN, CLOSED, CANCELLED
}
