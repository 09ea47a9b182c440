package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A session's schedule as other services need it (reflection-service: which session a reflection belongs to
 * and when a cohort's last session is over; reports: sessions held and cancelled). Carried whole by every
 * session event, so a consumer keeps its copy with a version-checked upsert. {@code status} is SCHEDULED or
 * CANCELLED, a string so that a later status does not break an older reader.
 */
public record SessionFacts(UUID cohortId, UUID trajectoryId, int sequence, Instant startsAt, Instant endsAt,
                           String status) {
}
