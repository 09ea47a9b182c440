package nl.koers.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A cohort's state as other services need it, carried whole by every cohort event so that a consumer can
 * build its projection from the newest event alone (version-checked upsert). {@code status} is a string so
 * that a reader built before a new status existed still reads the event.
 */
public record CohortFacts(UUID trajectoryId, String status, int capacity, LocalDate startsOn, LocalDate endsOn,
                          Instant enrolmentOpensAt, Instant enrolmentClosesAt, List<String> facilitatorIds) {
}
