package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A session's schedule as other services need it (reflection-service: which session a reflection belongs to
 * and when a cohort's last session is over; reports: sessions held and cancelled). Carried whole by every
 * session event, so a consumer keeps its copy with a version-checked upsert. {@code status} is SCHEDULED or
 * CANCELLED, a string so that a later status does not break an older reader. {@code title}, {@code place} and
 * {@code onlineLink} are the organiser's logistics (no participant's text), which notification-service puts in the
 * invitation a calendar program shows; {@code null} in records written before they were added.
 */
public record SessionFacts(UUID cohortId, UUID trajectoryId, int sequence, Instant startsAt, Instant endsAt,
                           String status, String title, String place, String onlineLink) {
}
