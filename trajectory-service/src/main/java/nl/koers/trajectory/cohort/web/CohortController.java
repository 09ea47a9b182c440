package nl.koers.trajectory.cohort.web;

import java.net.URI;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.defaults.web.Versioned;
import nl.koers.defaults.web.Versions;
import nl.koers.trajectory.cohort.Cohort;
import nl.koers.trajectory.cohort.CohortService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cohorts of a trajectory and their life cycle. Answers carry the cohort's version as ETag; a status change
 * sent with If-Match is refused with 412 when the cohort has moved on since the caller read it.
 */
@RestController
@Tag(name = "Cohorts", description = "Runs of a trajectory: dates, capacity, enrolment window and facilitators,"
        + " and their life cycle from planned through open and closed to completed or cancelled. Answers carry the"
        + " cohort's version as ETag; send it back as If-Match to change a cohort only as you last saw it.")
class CohortController {

    private static final String WHAT = "cohort";
    private static final String IF_MATCH = "The cohort's ETag as last read; without it the change applies to"
            + " whatever version is current.";

    private final CohortService cohorts;

    CohortController(CohortService cohorts) {
        this.cohorts = cohorts;
    }

    @PostMapping("/api/trajectories/{trajectoryId}/cohorts")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @ResponseStatus(HttpStatus.CREATED)
    @Versioned
    @Operation(summary = "Plan a cohort of a trajectory", description = "Organisers and admins. The cohort starts"
            + " PLANNED, at version 1, and is announced to the other services. Dates lie in the years 2000 to 2100;"
            + " endsOn is on or after startsOn, and enrolment closes after it opens (422 otherwise). Written to the"
            + " audit trail, as is every status change below.")
    ResponseEntity<CohortView> planCohort(@PathVariable UUID trajectoryId,
                                          @Valid @RequestBody PlanCohortRequest request, Caller caller) {
        Cohort cohort = cohorts.plan(trajectoryId, request.schedule(), caller);
        return ResponseEntity.created(URI.create("/api/cohorts/" + cohort.id()))
                .eTag(Versions.etag(cohort.version())).body(CohortView.of(cohort));
    }

    @GetMapping("/api/trajectories/{trajectoryId}/cohorts")
    @Operation(summary = "List a trajectory's cohorts", description = "Everyone signed in. The trajectory's"
            + " cohorts in every status, earliest start first, a page at a time.")
    PageView<CohortView> listTrajectoryCohorts(@PathVariable UUID trajectoryId, Paging paging) {
        return cohorts.ofTrajectory(trajectoryId, paging.page(), paging.size()).map(CohortView::of);
    }

    @GetMapping("/api/cohorts/open")
    @Operation(summary = "List the cohorts open for enrolment", description = "Everyone signed in: the catalogue."
            + " Cohorts whose status is OPEN, earliest start first, with their trajectory's title and organiser."
            + " Seats left and whether the enrolment window is open are enrolment-service's to say"
            + " (GET /api/enrolments/seats).")
    PageView<OpenCohortView> listOpenCohorts(Paging paging) {
        return cohorts.catalogue(paging.page(), paging.size()).map(OpenCohortView::of);
    }

    @GetMapping("/api/cohorts/{id}")
    @Versioned
    @Operation(summary = "Get a cohort", description = "Everyone signed in. The cohort with its version as ETag.")
    ResponseEntity<CohortView> getCohort(@PathVariable UUID id) {
        return answer(cohorts.get(id));
    }

    @PostMapping("/api/cohorts/{id}/open")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @Versioned
    @Operation(summary = "Open a cohort for enrolment", description = "Organisers and admins. Opens a PLANNED"
            + " cohort, or reopens a CLOSED one; any other status is a 409.")
    ResponseEntity<CohortView> openCohortEnrolment(@PathVariable UUID id,
            @Parameter(description = IF_MATCH)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller) {
        return answer(cohorts.open(id, Versions.ifMatch(ifMatch, WHAT), caller));
    }

    @PostMapping("/api/cohorts/{id}/close")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @Versioned
    @Operation(summary = "Close a cohort's enrolment", description = "Organisers and admins. Closes an OPEN"
            + " cohort to new enrolments; it can be opened again. Any other status is a 409.")
    ResponseEntity<CohortView> closeCohortEnrolment(@PathVariable UUID id,
            @Parameter(description = IF_MATCH)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller) {
        return answer(cohorts.close(id, Versions.ifMatch(ifMatch, WHAT), caller));
    }

    @PostMapping("/api/cohorts/{id}/cancel")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @Versioned
    @Operation(summary = "Cancel a cohort for good", description = "Organisers and admins. A PLANNED, OPEN or"
            + " CLOSED cohort is cancelled and meets no more; a completed or cancelled one is a 409. From now its"
            + " retention period runs, as for a completed cohort.")
    ResponseEntity<CohortView> cancelCohort(@PathVariable UUID id,
            @Parameter(description = IF_MATCH)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller) {
        return answer(cohorts.cancel(id, Versions.ifMatch(ifMatch, WHAT), caller));
    }

    @PostMapping("/api/cohorts/{id}/complete")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @Versioned
    @Operation(summary = "Complete a cohort", description = "Organisers and admins. An OPEN or CLOSED cohort"
            + " that ran is completed: its confirmed participants complete it and its report figures become final."
            + " A PLANNED cohort never ran (409). From now its retention period runs: once it has passed, its"
            + " participants' personal data is erased.")
    ResponseEntity<CohortView> completeCohort(@PathVariable UUID id,
            @Parameter(description = IF_MATCH)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller) {
        return answer(cohorts.complete(id, Versions.ifMatch(ifMatch, WHAT), caller));
    }

    private static ResponseEntity<CohortView> answer(Cohort cohort) {
        return ResponseEntity.ok().eTag(Versions.etag(cohort.version())).body(CohortView.of(cohort));
    }
}
