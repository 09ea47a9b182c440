package nl.koers.enrolment.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.events.AuditEntry;

/**
 * One entry of the audit trail as it is kept: the audited action as its service published it, under the id of
 * that fact, so that a redelivered fact is the same entry. Never changed or removed once stored.
 *
 * @param service the service it happened in: {@code enrolment}, {@code trajectory}, {@code reflection} or
 *                {@code notification}
 */
public record AuditRecord(UUID id, Instant at, String service, String actorId, String actorRole, String action,
                          String recordType, String recordId, String cohortId, Map<String, String> details) {

    public static final List<String> SERVICES = List.of("enrolment", "trajectory", "reflection", "notification");

    public static AuditRecord of(UUID eventId, Instant occurredAt, String service, AuditEntry entry) {
        return new AuditRecord(eventId, occurredAt, service, entry.actorId(), entry.actorRole(), entry.action(),
                entry.recordType(), entry.recordId(), entry.cohortId(),
                entry.details() == null ? Map.of() : Map.copyOf(entry.details()));
    }
}
