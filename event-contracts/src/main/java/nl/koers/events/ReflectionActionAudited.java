package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An organiser, facilitator or admin changed something in reflection-service, or it erased personal data (see
 * {@link AuditEntry}). Published through the outbox in the same write as the change itself, so an audited change
 * and its audit entry never part; the audit trail collects it. Keyed by the record.
 */
public record ReflectionActionAudited(UUID eventId, Instant occurredAt, AuditEntry entry) implements ReflectionPrivacyEvent {

    @Override
    public String subject() {
        return entry.recordId();
    }
}
