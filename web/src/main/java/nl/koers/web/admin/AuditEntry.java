package nl.koers.web.admin;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of the audit trail as enrolment-service serves it: who did what to which record, when, in which
 * service. Ids are kept as text: the page shows them and links some, and never reads them otherwise.
 */
record AuditEntry(String id, Instant at, String service, String actorId, String actorRole, String action,
                  String recordType, String recordId, String cohortId, Map<String, String> details) {

    AuditEntry {
        details = details == null ? Map.of() : Map.copyOf(new java.util.TreeMap<>(details));
    }

    /** The page of Koers where the record itself is, for the record types that have one; null for the rest. */
    public String recordPage() {
        if (recordId == null || recordId.isBlank()) {
            return null;
        }
        return switch (recordType == null ? "" : recordType) {
            case "trajectory" -> "/organise/trajectories/" + recordId;
            case "cohort" -> "/organise/cohorts/" + recordId;
            case "erasure" -> "/admin/erasures/" + recordId;
            default -> null;
        };
    }
}
