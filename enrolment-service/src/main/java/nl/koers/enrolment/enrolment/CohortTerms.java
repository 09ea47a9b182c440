package nl.koers.enrolment.enrolment;

import java.time.Instant;
import java.util.UUID;

/**
 * What this service knows of a cohort from trajectory-service's events: enough to decide an enrolment.
 * {@code status} stays a string so that a status added later upstream does not break this reader.
 */
public record CohortTerms(UUID trajectoryId, String status, int capacity, Instant enrolmentOpensAt,
                          Instant enrolmentClosesAt) {

    public static final String OPEN = "OPEN";
    public static final String CANCELLED = "CANCELLED";
    public static final String COMPLETED = "COMPLETED";

    boolean isOpen() {
        return OPEN.equals(status);
    }

    boolean isCancelled() {
        return CANCELLED.equals(status);
    }

    boolean isCompleted() {
        return COMPLETED.equals(status);
    }

    boolean enrolmentNotYetOpenAt(Instant now) {
        return enrolmentOpensAt != null && now.isBefore(enrolmentOpensAt);
    }

    boolean enrolmentClosedAt(Instant now) {
        return enrolmentClosesAt != null && !now.isBefore(enrolmentClosesAt);
    }

    /** The rule enrolment applies: the cohort is OPEN and {@code now} lies inside its enrolment window. */
    boolean takesEnrolmentsAt(Instant now) {
        return isOpen() && !enrolmentNotYetOpenAt(now) && !enrolmentClosedAt(now);
    }
}
