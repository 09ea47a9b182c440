package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin acted on someone's mail in notification-service (resent a dead letter), or it erased personal data (see
 * {@link AuditEntry}). Published through the outbox in the same write as the change itself; the audit trail
 * collects it. Keyed by the record.
 */
public record NotificationActionAudited(UUID eventId, Instant occurredAt, AuditEntry entry) implements NotificationPrivacyEvent {

    @Override
    public String subject() {
        return entry.recordId();
    }
}
