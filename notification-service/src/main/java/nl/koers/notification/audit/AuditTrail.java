package nl.koers.notification.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.koers.defaults.privacy.Audit;
import nl.koers.defaults.web.Caller;
import nl.koers.events.AuditEntry;
import nl.koers.events.NotificationActionAudited;

/**
 * The audit entries notification-service publishes, built in one place. A use case writes the entry with the
 * change it records, so the two never part. Entries name records by id and hold no address, name or mail text.
 */
public final class AuditTrail {

    private AuditTrail() {
    }

    /** What an admin did (see {@link Audit#by} for the role an entry names). */
    public static NotificationActionAudited by(Caller caller, Instant at, String action, String recordType,
                                               Object recordId, UUID cohortId, Map<String, String> details) {
        return new NotificationActionAudited(UUID.randomUUID(), at, Audit.by(caller, action, recordType, recordId,
                cohortId, details));
    }

    /** What Koers did by itself (erasing, retention): actor and role {@code system}. */
    public static NotificationActionAudited system(Instant at, String action, String recordType, String recordId,
                                                   UUID cohortId, Map<String, String> details) {
        return new NotificationActionAudited(UUID.randomUUID(), at, Audit.bySystem(action, recordType, recordId,
                cohortId, details));
    }

    /** What a participant did for themselves (their export). */
    public static NotificationActionAudited participant(String participantId, Instant at, String action,
                                                        Map<String, String> details) {
        return new NotificationActionAudited(UUID.randomUUID(), at, new AuditEntry(participantId, "participant",
                action, "participant", participantId, null, Map.copyOf(details)));
    }
}
