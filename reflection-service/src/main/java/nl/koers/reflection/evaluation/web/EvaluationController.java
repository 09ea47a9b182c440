package nl.koers.reflection.evaluation.web;

import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.defaults.web.Caller;
import nl.koers.reflection.evaluation.EvaluationService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trajectory evaluations: participants submit once after the last session; organisers and the cohort's
 * facilitators read an anonymous summary, suppressed below five responses; organisers configure the items.
 */
@RestController
@Tag(name = "Evaluations", description = "Participants' anonymous evaluations of a cohort's trajectory: each item"
        + " rated 1 to 5 and an optional comment, once, after the cohort is over. Stored without who gave them or"
        + " when, and reported only in aggregate, nothing at all below five responses.")
class EvaluationController {

    private final EvaluationService evaluations;

    EvaluationController(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @PostMapping("/api/evaluations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Evaluate a cohort's trajectory", description = "Confirmed participants of the cohort only,"
            + " also once it completed (403 otherwise); once each (409 the second time), and only when the cohort is"
            + " over: completed by the organiser or past the end of its last session (409 before). Rate every item"
            + " of the trajectory's form from 1 to 5 (422 for a missing or unknown item). Answers your own ratings"
            + " and comment, once: the stored response is linked to nobody, so there is nothing to fetch later.")
    ResponseEntity<EvaluationReceipt> submitEvaluation(@Valid @RequestBody EvaluationRequest request, Caller caller) {
        evaluations.submit(caller.id(), request.cohortId(), request.ratings(), request.comment());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new EvaluationReceipt(request.cohortId(), request.ratings(), request.comment()));
    }

    @GetMapping("/api/evaluations/summary")
    @PreAuthorize("hasAnyRole('organiser','admin','facilitator')")
    @Operation(summary = "Get a cohort's evaluation summary", description = "Organisers, admins and the cohort's own"
            + " facilitators (another facilitator gets 404, a participant 403). Per item the average and how many"
            + " gave each rating, and the comments, without names. Below five responses the summary is suppressed:"
            + " it then says only that, not even how many responded.")
    SummaryView getEvaluationSummary(
            @Parameter(description = "The cohort whose evaluations to summarise") @RequestParam UUID cohortId,
            Caller caller) {
        return SummaryView.of(evaluations.summary(caller.id(), caller.manages(), cohortId));
    }

    @GetMapping("/api/evaluations/items")
    @Operation(summary = "Get the evaluation items of a cohort", description = "Any signed-in user: the items of the"
            + " trajectory the cohort runs, which its participants rate. 404 while this service has not heard of"
            + " the cohort.")
    FormView getCohortEvaluationItems(
            @Parameter(description = "The cohort to be evaluated") @RequestParam UUID cohortId) {
        return FormView.of(evaluations.formOfCohort(cohortId));
    }

    @GetMapping("/api/evaluations/items/{trajectoryId}")
    @Operation(summary = "Get a trajectory's evaluation items", description = "Any signed-in user. Until an"
            + " organiser configures them, five default items apply, at version 0.")
    FormView getTrajectoryEvaluationItems(
            @Parameter(description = "The trajectory, as trajectory-service knows it") @PathVariable UUID trajectoryId) {
        return FormView.of(evaluations.form(trajectoryId));
    }

    @PutMapping("/api/evaluations/items/{trajectoryId}")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @Operation(summary = "Configure a trajectory's evaluation items", description = "Organisers and admins only."
            + " Replaces the items whole (1 to 15, each key once) for every cohort of the trajectory; responses"
            + " given before keep counting, their old items listed after the current ones. Each configuration goes"
            + " into the audit trail with who made it and the item keys.")
    FormView configureEvaluationItems(
            @Parameter(description = "The trajectory, as trajectory-service knows it") @PathVariable UUID trajectoryId,
            @Valid @RequestBody ItemsRequest request, Caller caller) {
        return FormView.of(evaluations.configure(caller, trajectoryId, request.toItems()));
    }
}
