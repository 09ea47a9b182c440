package nl.koers.trajectory.cohort.web;

import java.net.URI;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.koers.defaults.problem.PreconditionFailed;
import nl.koers.defaults.web.PageView;
import nl.koers.trajectory.cohort.Cohort;
import nl.koers.trajectory.cohort.CohortService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cohorts of a trajectory and their life cycle. Answers carry the cohort's version as ETag; a status change
 * sent with If-Match is refused with 412 when the cohort has moved on since the caller read it.
 */
@RestController
@Tag(name = "Cohorts", description = "Runs of a trajectory: dates, capacity, enrolment window, facilitators")
class CohortController {

    private final CohortService cohorts;

    CohortController(CohortService cohorts) {
        this.cohorts = cohorts;
    }

    @PostMapping("/api/trajectories/{trajectoryId}/cohorts")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @Operation(summary = "Plan a cohort of a trajectory")
    ResponseEntity<CohortView> plan(@PathVariable UUID trajectoryId, @Valid @RequestBody PlanCohortRequest request) {
        Cohort cohort = cohorts.plan(trajectoryId, request.schedule());
        return ResponseEntity.created(URI.create("/api/cohorts/" + cohort.id())).eTag(etag(cohort))
                .body(CohortView.of(cohort));
    }

    @GetMapping("/api/trajectories/{trajectoryId}/cohorts")
    @Operation(summary = "List a trajectory's cohorts, earliest start first")
    PageView<CohortView> ofTrajectory(@PathVariable UUID trajectoryId,
                                      @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                      @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        return cohorts.ofTrajectory(trajectoryId, page, size).map(CohortView::of);
    }

    @GetMapping("/api/cohorts/open")
    @Operation(summary = "The catalogue: cohorts open for enrolment, earliest start first, with their trajectory's"
            + " title and organiser (seats and enrolment window: GET /api/enrolments/seats)")
    PageView<OpenCohortView> catalogue(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                       @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        return cohorts.catalogue(page, size).map(OpenCohortView::of);
    }

    @GetMapping("/api/cohorts/{id}")
    ResponseEntity<CohortView> get(@PathVariable UUID id) {
        return answer(cohorts.get(id));
    }

    @PostMapping("/api/cohorts/{id}/open")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @Operation(summary = "Open enrolment (also reopens a closed cohort)")
    ResponseEntity<CohortView> open(@PathVariable UUID id,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return answer(cohorts.open(id, version(ifMatch)));
    }

    @PostMapping("/api/cohorts/{id}/close")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @Operation(summary = "Close enrolment")
    ResponseEntity<CohortView> close(@PathVariable UUID id,
                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return answer(cohorts.close(id, version(ifMatch)));
    }

    @PostMapping("/api/cohorts/{id}/cancel")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @Operation(summary = "Cancel the cohort for good")
    ResponseEntity<CohortView> cancel(@PathVariable UUID id,
                                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return answer(cohorts.cancel(id, version(ifMatch)));
    }

    @PostMapping("/api/cohorts/{id}/complete")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @Operation(summary = "Complete the cohort: its confirmed participants complete it and its figures are final")
    ResponseEntity<CohortView> complete(@PathVariable UUID id,
                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return answer(cohorts.complete(id, version(ifMatch)));
    }

    private static ResponseEntity<CohortView> answer(Cohort cohort) {
        return ResponseEntity.ok().eTag(etag(cohort)).body(CohortView.of(cohort));
    }

    private static String etag(Cohort cohort) {
        return "\"" + cohort.version() + "\"";
    }

    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new PreconditionFailed("cohort-version-mismatch", "Cohort changed",
                    "If-Match " + ifMatch + " is not a version of this cohort; fetch it again.");
        }
    }
}
