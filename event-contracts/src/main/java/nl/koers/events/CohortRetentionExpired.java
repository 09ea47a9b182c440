package nl.koers.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A completed or cancelled cohort ended longer ago than its trajectory keeps personal data
 * ({@code retentionMonths}, 24 unless the organiser set another period): every service now erases or anonymises
 * what it holds about this cohort's participants, as for an erasure request, and keeps only aggregates.
 * Published once per cohort. Keyed by cohort.
 */
public record CohortRetentionExpired(UUID eventId, Instant occurredAt, UUID cohortId, UUID trajectoryId,
                                     LocalDate endedOn, int retentionMonths) implements CohortEvent {

    @Override
    public String subject() {
        return cohortId.toString();
    }
}
