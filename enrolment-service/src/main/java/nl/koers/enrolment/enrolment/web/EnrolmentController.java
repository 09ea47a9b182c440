package nl.koers.enrolment.enrolment.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.enrolment.enrolment.EnrolmentService;
import nl.koers.enrolment.enrolment.EnrolmentStatus;
import nl.koers.enrolment.enrolment.Seats;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/enrolments")
@Tag(name = "Enrolments", description = "Places in cohorts: confirmed while seats are left, then waitlisted in order")
class EnrolmentController {

    private final EnrolmentService enrolments;

    EnrolmentController(EnrolmentService enrolments) {
        this.enrolments = enrolments;
    }

    @PostMapping
    @PreAuthorize("hasRole('participant')")
    @Operation(summary = "Enrol in an open cohort: CONFIRMED while seats are left, WAITLISTED after that")
    ResponseEntity<EnrolmentView> enrol(@Valid @RequestBody EnrolRequest request, Caller caller) {
        EnrolmentView view = EnrolmentView.of(enrolments.enrol(caller, request.cohortId(), request.motivation()));
        return ResponseEntity.created(URI.create("/api/enrolments/" + view.id())).body(view);
    }

    @GetMapping("/mine")
    @Operation(summary = "Your enrolments, newest first")
    PageView<EnrolmentView> mine(Caller caller,
                                 @RequestParam(defaultValue = "0") @Min(0) int page,
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        return enrolments.mine(caller, page, size).map(EnrolmentView::of);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('organiser', 'admin')")
    @Operation(summary = "A cohort's enrolments in the order they came in (organisers)")
    PageView<EnrolmentView> ofCohort(@RequestParam UUID cohortId,
                                     @RequestParam(required = false) EnrolmentStatus status,
                                     @RequestParam(defaultValue = "0") @Min(0) int page,
                                     @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        return enrolments.ofCohort(cohortId, Optional.ofNullable(status), page, size).map(EnrolmentView::of);
    }

    /**
     * Counts only, no names: open to every signed-in user, as the catalogue it completes is. The parameter is
     * named as in the query, so that a refusal names what the caller sent. One page, in the order asked.
     */
    @GetMapping("/seats")
    @Operation(summary = "Seats of 1 to 100 cohorts (repeat cohortId): capacity, confirmed, seatsLeft, waitlisted and"
            + " whether enrolment is open now; cohorts not known here are left out")
    PageView<SeatsView> seats(@RequestParam @Size(min = 1, max = 100) List<@NotNull UUID> cohortId) {
        List<Seats> seats = enrolments.seats(cohortId);
        return PageView.of(seats, 0, cohortId.size(), seats.size()).map(SeatsView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One enrolment: your own, or any for organisers")
    EnrolmentView get(@PathVariable UUID id, Caller caller) {
        return EnrolmentView.of(enrolments.get(caller, id));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw; a freed seat goes to the first waitlisted participant")
    EnrolmentView withdraw(@PathVariable UUID id, Caller caller) {
        return EnrolmentView.of(enrolments.withdraw(caller, id));
    }
}
