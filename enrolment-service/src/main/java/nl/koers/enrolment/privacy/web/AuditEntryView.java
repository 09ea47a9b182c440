package nl.koers.enrolment.privacy.web;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.enrolment.privacy.AuditRecord;
import org.jspecify.annotations.Nullable;

/** One audited action: who did what to which record, when, in which service. Never private text. */
record AuditEntryView(
        @Schema(description = "The id of the audited fact; the same action is never listed twice")
        UUID id,
        @Schema(description = "When it happened")
        Instant at,
        @Schema(description = "The service it happened in", allowableValues = {"enrolment", "trajectory", "reflection",
                "notification"})
        String service,
        @Schema(description = "Who did it: the subject of their access token, or `system` for what Koers did by"
                + " itself (retention, erasure)", example = "organiser")
        String actorId,
        @Schema(description = "Their role when they did it", allowableValues = {"organiser", "facilitator", "admin",
                "participant", "system"})
        String actorRole,
        @Schema(description = "What happened, `<recordType>.<past tense>`", example = "enrolment.withdrawn")
        String action,
        @Schema(description = "The kind of record", example = "enrolment")
        String recordType,
        @Schema(description = "The record's id")
        String recordId,
        @Schema(description = "The cohort the record belongs to; null when it belongs to none")
        @Nullable String cohortId,
        @Schema(description = "Short, non-private facts about the change: the names of changed settings and, for"
                + " non-personal settings such as a capacity, their new values")
        Map<String, String> details) {

    static AuditEntryView of(AuditRecord r) {
        return new AuditEntryView(r.id(), r.at(), r.service(), r.actorId(), r.actorRole(), r.action(), r.recordType(),
                r.recordId(), r.cohortId(), r.details());
    }
}
