package nl.koers.defaults.privacy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.Role;
import nl.koers.events.AuditEntry;

/**
 * The one way every service builds the audit entry of a change (see {@link AuditEntry}), so the trail names actors
 * and roles alike whichever service wrote it. A use case wraps it in its service's {@code ...ActionAudited} event
 * and adds that to the events its repository writes with the change, so a change and its entry never part.
 */
public final class Audit {

    /** The role an entry names when a caller holds several: the one that allowed the most. */
    private static final List<Role> STRONGEST_FIRST = List.of(Role.ADMIN, Role.ORGANISER, Role.FACILITATOR,
            Role.COALITION, Role.PARTICIPANT);

    private Audit() {
    }

    /** What {@code caller} did to a record; {@code cohortId} may be null, {@code details} hold no private text. */
    public static AuditEntry by(Caller caller, String action, String recordType, Object recordId, UUID cohortId,
                                Map<String, String> details) {
        return new AuditEntry(caller.id(), roleOf(caller), action, recordType, recordId.toString(),
                cohortId == null ? null : cohortId.toString(), Map.copyOf(details));
    }

    /** What Koers did by itself, such as erasing or retention: actor and role {@code system}. */
    public static AuditEntry bySystem(String action, String recordType, Object recordId, UUID cohortId,
                                      Map<String, String> details) {
        return new AuditEntry(AuditEntry.SYSTEM, AuditEntry.SYSTEM, action, recordType, recordId.toString(),
                cohortId == null ? null : cohortId.toString(), Map.copyOf(details));
    }

    public static String roleOf(Caller caller) {
        return STRONGEST_FIRST.stream().filter(caller::is).findFirst().map(Role::claimValue)
                .orElse(Role.PARTICIPANT.claimValue());
    }
}
