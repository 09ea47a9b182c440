package nl.koers.trajectory.report.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.Role;
import nl.koers.trajectory.report.OutcomeReport;
import nl.koers.trajectory.report.ReportCsv;
import nl.koers.trajectory.report.ReportService;
import nl.koers.trajectory.report.ReportViewer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Outcome reports per cohort, trajectory and coalition, as JSON or, with {@code Accept: text/csv}, as CSV for
 * Excel (Dutch labels with {@code Accept-Language: nl}), chosen by content negotiation ({@link ReportCsvConverter}).
 * Organisers and admins read every report in full, coalition users their coalitions' reports as aggregates only;
 * participants and facilitators are refused by role (403), as on every other organiser-only endpoint, and a report
 * a coalition user may not read is 404.
 */
@RestController
@Validated
@Tag(name = "Reports", description = "Outcome reports on participation, sessions, development questions,"
        + " interventions, reflections and evaluation, per cohort, trajectory or coalition, built from the events of"
        + " all three services within seconds. Organisers and admins read every report in full; coalition users"
        + " read their coalitions' reports with small groups suppressed. JSON, or CSV for Excel with Accept:"
        + " text/csv (Dutch words with Accept-Language: nl).")
class ReportController {

    private static final String JSON_OR_CSV = "The report as JSON, or as CSV for Excel (UTF-8 with a byte order"
            + " mark, semicolons, one row per figure) when asked for with Accept: text/csv.";
    private static final String CSV_SCHEMA = "Section;Figure;Group;Value rows, as a download";

    /** The report answers' two media types; a {@link ReportView} in both. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "200", description = JSON_OR_CSV, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ReportView.class)),
            @Content(mediaType = ReportCsv.MEDIA_TYPE, schema = @Schema(type = "string", description = CSV_SCHEMA))})
    @interface ReportAnswer {
    }

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping(value = "/api/reports/cohorts/{id}", produces = {MediaType.APPLICATION_JSON_VALUE, ReportCsv.MEDIA_TYPE})
    @PreAuthorize("hasAnyRole('organiser','admin','coalition')")
    @ReportAnswer
    @Operation(summary = "Get a cohort's outcome report", description = "Organisers and admins in full; users of"
            + " a coalition that co-owns the cohort's trajectory as aggregates only. A cohort not reported yet, or"
            + " not yours to read, is a 404.")
    ResponseEntity<ReportView> getCohortReport(@PathVariable UUID id, Caller caller) {
        return answer(reports.cohort(id.toString(), viewer(caller)));
    }

    @GetMapping(value = "/api/reports/trajectories/{id}",
            produces = {MediaType.APPLICATION_JSON_VALUE, ReportCsv.MEDIA_TYPE})
    @PreAuthorize("hasAnyRole('organiser','admin','coalition')")
    @ReportAnswer
    @Operation(summary = "Get a trajectory's outcome report", description = "Organisers and admins in full; users"
            + " of a coalition that co-owns the trajectory as aggregates only. Over all the trajectory's cohorts.")
    ResponseEntity<ReportView> getTrajectoryReport(@PathVariable UUID id, Caller caller) {
        return answer(reports.trajectory(id.toString(), viewer(caller)));
    }

    @GetMapping(value = "/api/reports/coalitions/{id}",
            produces = {MediaType.APPLICATION_JSON_VALUE, ReportCsv.MEDIA_TYPE})
    @PreAuthorize("hasAnyRole('organiser','admin','coalition')")
    @ReportAnswer
    @Operation(summary = "Get a coalition's outcome report", description = "Organisers and admins in full; the"
            + " coalition's own users as aggregates only. Over the cohorts of the coalition's trajectories that"
            + " start in the period: by default this school year (1 August to 31 July); with one date, that date's"
            + " school year fills in the other end. Dates lie in the years 2000 to 2100, to on or after from, at"
            + " most 10 years apart (422 otherwise).")
    ResponseEntity<ReportView> getCoalitionReport(
            @Parameter(description = "The coalition's id", example = "teams-aan-zet")
            @PathVariable @Pattern(regexp = "[A-Za-z0-9._-]{1,100}") String id,
            @Parameter(description = "First start day of the cohorts covered (ISO date)", example = "2025-08-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Last start day of the cohorts covered (ISO date)", example = "2026-07-31")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Caller caller) {
        return answer(reports.coalition(id, from, to, viewer(caller)));
    }

    private static ReportViewer viewer(Caller caller) {
        return new ReportViewer(caller.manages(), caller.is(Role.COALITION), caller.coalitions());
    }

    /** JSON or CSV by the Accept header: the same report either way, so caches must key on it. */
    private static ResponseEntity<ReportView> answer(OutcomeReport report) {
        return ResponseEntity.ok().header(HttpHeaders.VARY, HttpHeaders.ACCEPT).body(ReportView.of(report));
    }
}
