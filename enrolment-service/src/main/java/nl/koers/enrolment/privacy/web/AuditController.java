package nl.koers.enrolment.privacy.web;

import java.time.LocalDate;
import java.util.Optional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.enrolment.privacy.AuditQuery;
import nl.koers.enrolment.privacy.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit trail", description = "Who changed what and when, in every Koers service: organisers',"
        + " facilitators' and admins' changes, exports, erasures and what retention erased. Append-only: an entry is"
        + " never changed or removed. It names people by user id and records by id, never private text.")
class AuditController {

    private static final int MAX_FILTER = 200;

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize("hasRole('admin')")
    @Operation(summary = "Search the audit trail", description = "Admins only. Newest first; every filter is optional"
            + " and they combine. from and to are days in Dutch time (Europe/Amsterdam), both included, from 2000-01-01"
            + " to 2100-12-31; from after to is a 400 naming from.")
    PageView<AuditEntryView> listAuditEntries(
            @Parameter(description = "Only what this user did (their user id, or `system`)", example = "organiser")
            @RequestParam(required = false) @Size(min = 1, max = MAX_FILTER) @Nullable String actor,
            @Parameter(description = "Only this action", example = "enrolment.withdrawn")
            @RequestParam(required = false) @Size(min = 1, max = MAX_FILTER) @Nullable String action,
            @Parameter(description = "Only records of this kind", example = "enrolment")
            @RequestParam(required = false) @Size(min = 1, max = MAX_FILTER) @Nullable String recordType,
            @Parameter(description = "Only what happened to the record with this id")
            @RequestParam(required = false) @Size(min = 1, max = MAX_FILTER) @Nullable String record,
            @Parameter(description = "Only what happened in this service: enrolment, trajectory, reflection or"
                    + " notification",
                    example = "trajectory")
            @RequestParam(required = false) @Size(min = 1, max = MAX_FILTER) @Nullable String service,
            @Parameter(description = "First day (ISO date), included", example = "2026-09-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @Parameter(description = "Last day (ISO date), included", example = "2026-12-31")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            Paging paging) {
        AuditQuery query = new AuditQuery(Optional.ofNullable(actor), Optional.ofNullable(action),
                Optional.ofNullable(recordType), Optional.ofNullable(record), Optional.ofNullable(service),
                Optional.ofNullable(from), Optional.ofNullable(to));
        return audit.search(query, paging).map(AuditEntryView::of);
    }
}
