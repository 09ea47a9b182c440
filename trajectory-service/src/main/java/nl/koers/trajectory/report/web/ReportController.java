package nl.koers.trajectory.report.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.Role;
import nl.koers.trajectory.report.OutcomeReport;
import nl.koers.trajectory.report.ReportCsv;
import nl.koers.trajectory.report.ReportService;
import nl.koers.trajectory.report.ReportViewer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Outcome reports per cohort, trajectory and coalition, as JSON or, with {@code Accept: text/csv}, as CSV for
 * Excel (Dutch labels with {@code Accept-Language: nl}). Organisers and admins read every report in full,
 * coalition users their coalitions' reports as aggregates only; participants and facilitators are refused
 * by role (403), as on every other organiser-only endpoint, and a report a coalition user may not read is 404.
 */
@RestController
@Validated
@Tag(name = "Reports", description = "Outcome reports: participation, sessions, questions, interventions, evaluation")
class ReportController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/api/reports/cohorts/{id}")
    @PreAuthorize("hasAnyRole('organiser','admin','coalition')")
    @Operation(summary = "A cohort's outcome report")
    ResponseEntity<?> cohort(@PathVariable UUID id, Caller caller,
                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Locale locale) {
        return answer(reports.cohort(id.toString(), viewer(caller)), accept, locale);
    }

    @GetMapping("/api/reports/trajectories/{id}")
    @PreAuthorize("hasAnyRole('organiser','admin','coalition')")
    @Operation(summary = "A trajectory's outcome report over all its cohorts")
    ResponseEntity<?> trajectory(@PathVariable UUID id, Caller caller,
                                 @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Locale locale) {
        return answer(reports.trajectory(id.toString(), viewer(caller)), accept, locale);
    }

    @GetMapping("/api/reports/coalitions/{id}")
    @PreAuthorize("hasAnyRole('organiser','admin','coalition')")
    @Operation(summary = "A coalition's outcome report over the cohorts of its trajectories that start in the period "
            + "(default: this school year, 1 August to 31 July)")
    ResponseEntity<?> coalition(@PathVariable @Pattern(regexp = "[A-Za-z0-9._-]{1,100}") String id,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                Caller caller,
                                @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Locale locale) {
        return answer(reports.coalition(id, from, to, viewer(caller)), accept, locale);
    }

    private static ReportViewer viewer(Caller caller) {
        return new ReportViewer(caller.manages(), caller.is(Role.COALITION), caller.coalitions());
    }

    private static ResponseEntity<?> answer(OutcomeReport report, String accept, Locale locale) {
        if (accept != null && MediaType.parseMediaTypes(accept).stream().anyMatch(t -> t.isCompatibleWith(CSV)
                && !t.isWildcardType())) {
            String name = "koers-" + report.scope().name().toLowerCase(Locale.ROOT) + "-" + report.id() + ".csv";
            return ResponseEntity.ok().contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT + ", " + HttpHeaders.ACCEPT_LANGUAGE)
                    .body(ReportCsv.write(report, locale));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).body(ReportJson.of(report));
    }
}
