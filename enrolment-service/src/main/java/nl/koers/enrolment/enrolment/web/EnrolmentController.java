package nl.koers.enrolment.enrolment.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.enrolment.enrolment.EnrolmentService;
import nl.koers.enrolment.enrolment.EnrolmentStatus;
import nl.koers.enrolment.enrolment.Seats;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/enrolments")
@Tag(name = "Enrolments", description = "Participants' places in cohorts. An enrolment is confirmed while the cohort"
        + " has seats left and waitlisted after that, in the order people enrolled; a withdrawal gives the freed seat"
        + " to the first on the waitlist. When the cohort completes, its confirmed enrolments complete.")
class EnrolmentController {

    /** As many cohorts as one catalogue page can show, and a bound on the query a caller can make us read. */
    static final int MAX_SEAT_COHORTS = 100;

    private final EnrolmentService enrolments;

    EnrolmentController(EnrolmentService enrolments) {
        this.enrolments = enrolments;
    }

    @PostMapping
    @PreAuthorize("hasRole('participant')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enrol in a cohort", description = "Participants only, once they have filled in their"
            + " profile (PUT /api/participants/me). The cohort must be OPEN and inside its enrolment window. Answers"
            + " the new enrolment: CONFIRMED while seats are left, WAITLISTED with its position after that. A"
            + " participant holds at most one place per cohort (withdraw it to enrol again) and enrols in one cohort"
            + " at most 10 times.")
    ResponseEntity<EnrolmentView> enrolInCohort(@Valid @RequestBody EnrolRequest request, Caller caller) {
        EnrolmentView view = EnrolmentView.of(enrolments.enrol(caller, request.cohortId(), request.motivation()));
        return ResponseEntity.created(URI.create("/api/enrolments/" + view.id())).body(view);
    }

    @GetMapping("/mine")
    @Operation(summary = "List your own enrolments", description = "Any signed-in user; answers only the caller's own"
            + " enrolments in every cohort, withdrawn and completed ones included, newest first.")
    PageView<EnrolmentView> listMyEnrolments(Caller caller, Paging paging) {
        return enrolments.mine(caller, paging).map(EnrolmentView::of);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('organiser', 'admin')")
    @Operation(summary = "List a cohort's enrolments", description = "Organisers and admins only. Answers the"
            + " cohort's enrolments in the order they came in, with each participant's name and institution;"
            + " optionally only those of one status. 404 while this service has not heard of the cohort.")
    PageView<EnrolmentView> listCohortEnrolments(
            @Parameter(description = "The cohort whose enrolments to list") @RequestParam UUID cohortId,
            @Parameter(description = "Only enrolments with this status; all when absent")
            @RequestParam(required = false) @Nullable EnrolmentStatus status,
            Paging paging) {
        return enrolments.ofCohort(cohortId, Optional.ofNullable(status), paging).map(EnrolmentView::of);
    }

    /**
     * Counts only, no names: open to every signed-in user, as the catalogue it completes is. The parameter is
     * named as in the query, so that a refusal names what the caller sent. One page, in the order asked.
     */
    @GetMapping("/seats")
    @Operation(summary = "Count the seats of cohorts", description = "Any signed-in user: counts only, never who."
            + " For each cohort asked (repeat cohortId, 1 to 100 times) answers its capacity, confirmed enrolments,"
            + " seats left, waitlisted enrolments and whether it takes enrolments now, in the order asked, as one"
            + " page. Cohorts this service has not heard of yet are left out rather than refused.")
    PageView<SeatsView> listCohortSeats(
            @Parameter(description = "A cohort's id; repeat the parameter for each cohort, at most 100")
            @RequestParam @Size(min = 1, max = MAX_SEAT_COHORTS) List<@NotNull UUID> cohortId) {
        List<Seats> seats = enrolments.seats(cohortId);
        return PageView.of(seats, Paging.first(cohortId.size()), seats.size()).map(SeatsView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get one enrolment", description = "A participant sees only their own enrolments;"
            + " organisers and admins see any. Someone else's enrolment answers 404, as if it did not exist.")
    EnrolmentView getEnrolment(@Parameter(description = "The enrolment's id") @PathVariable UUID id, Caller caller) {
        return EnrolmentView.of(enrolments.get(caller, id));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw an enrolment", description = "The participant withdraws their own enrolment;"
            + " organisers and admins may withdraw any. A confirmed enrolment's seat goes to the first on the"
            + " waitlist in the same change. Answers the WITHDRAWN enrolment; 409 when it was already withdrawn or"
            + " is completed.")
    EnrolmentView withdrawEnrolment(@Parameter(description = "The enrolment's id") @PathVariable UUID id,
                                    Caller caller) {
        return EnrolmentView.of(enrolments.withdraw(caller, id));
    }
}
