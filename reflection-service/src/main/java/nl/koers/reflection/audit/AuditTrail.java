package nl.koers.reflection.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.koers.defaults.privacy.Audit;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.Role;
import nl.koers.events.AuditEntry;
import nl.koers.events.ReflectionActionAudited;

/**
 * The audit entries reflection-service publishes, built in one place so every feature names actors and roles the
 * same way. A use case adds the entry to the events its repository writes with the change, so a change and its
 * entry never part. Entries name records by id; {@code details} never hold private text.
 */
public final class AuditTrail {

    public static final String ORGANISER = Role.ORGANISER.claimValue();
    public static final String FACILITATOR = Role.FACILITATOR.claimValue();
    public static final String ADMIN = Role.ADMIN.claimValue();
    public static final String PARTICIPANT = Role.PARTICIPANT.claimValue();

    private AuditTrail() {
    }

    /** What an organiser or admin changed (see {@link Audit#by} for the role an entry names). */
    public static ReflectionActionAudited managed(Caller caller, Instant at, String action, String recordType,
                                                  UUID recordId, UUID cohortId, Map<String, String> details) {
        return new ReflectionActionAudited(UUID.randomUUID(), at, Audit.by(caller, action, recordType, recordId,
                cohortId, details));
    }

    /** What Koers did by itself (erasing, retention): actor and role {@code system}. */
    public static ReflectionActionAudited system(Instant at, String action, String recordType, String recordId,
                                                 UUID cohortId, Map<String, String> details) {
        return new ReflectionActionAudited(UUID.randomUUID(), at, Audit.bySystem(action, recordType, recordId,
                cohortId, details));
    }

    public static ReflectionActionAudited by(String actorId, String actorRole, Instant at, String action,
                                             String recordType, String recordId, UUID cohortId,
                                             Map<String, String> details) {
        return new ReflectionActionAudited(UUID.randomUUID(), at, new AuditEntry(actorId, actorRole, action, recordType,
                recordId, cohortId == null ? null : cohortId.toString(), Map.copyOf(details)));
    }
}
