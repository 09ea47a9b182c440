package nl.koers.trajectory;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.privacy.Audit;
import nl.koers.events.AuditEntry;
import nl.koers.events.TrajectoryActionAudited;

/**
 * The audit entries trajectory-service writes beside a change, in the same outbox write, so that the audit trail
 * (kept by enrolment-service) hears of every change an organiser, facilitator or admin makes and of what Koers
 * does by itself. They name the actor by id and role and the record by type and id; details hold only the names
 * of changed settings and the values of non-personal ones, never a name or a text.
 */
public final class AuditEntries {

    private AuditEntries() {
    }

    public static TrajectoryActionAudited by(Caller caller, String action, String recordType, Object recordId,
                                             UUID cohortId, Map<String, String> details, Instant at) {
        return event(Audit.by(caller, action, recordType, recordId, cohortId, details), at);
    }

    /** What Koers did by itself, such as retention. */
    public static TrajectoryActionAudited bySystem(String action, String recordType, String recordId, UUID cohortId,
                                                   Map<String, String> details, Instant at) {
        return event(Audit.bySystem(action, recordType, recordId, cohortId, details), at);
    }

    private static TrajectoryActionAudited event(AuditEntry entry, Instant at) {
        return new TrajectoryActionAudited(UUID.randomUUID(), at.truncatedTo(ChronoUnit.MILLIS), entry);
    }
}
