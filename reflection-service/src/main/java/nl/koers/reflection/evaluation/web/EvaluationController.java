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
import org.springframework.web.bind.annotation.RestController;

/**
 * Trajectory evaluations: participants submit once after the last session; organisers and the cohort's
 * facilitators read an anonymous summary, suppressed below five responses; organisers configure the items.
 */
@RestController
@Tag(name = "Evaluations", description = "Anonymous evaluations of a trajectory, reported only in aggregate")
class EvaluationController {

    private final EvaluationService evaluations;

    EvaluationController(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @PostMapping("/api/evaluations")
    @Operation(summary = "Evaluate the cohort's trajectory, once, after its last session (confirmed participants)")
    ResponseEntity<EvaluationReceipt> submit(@Valid @RequestBody EvaluationRequest request,
                                             @Parameter(hidden = true) Caller caller) {
        evaluations.submit(caller.id(), request.cohortId(), request.ratings(), request.comment());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new EvaluationReceipt(request.cohortId(), request.ratings(), request.comment()));
    }

    @GetMapping("/api/evaluations/summary")
    @PreAuthorize("hasAnyRole('organiser','admin','facilitator')")
    @Operation(summary = "Averages, distribution and comments without names; nothing below 5 responses")
    SummaryView summary(@RequestParam UUID cohortId, @Parameter(hidden = true) Caller caller) {
        return SummaryView.of(evaluations.summary(caller.id(), caller.manages(), cohortId));
    }

    @GetMapping("/api/evaluations/items")
    @Operation(summary = "The items to rate for a cohort (those of its trajectory)")
    FormView itemsOfCohort(@RequestParam UUID cohortId) {
        return FormView.of(evaluations.formOfCohort(cohortId));
    }

    @GetMapping("/api/evaluations/items/{trajectoryId}")
    @Operation(summary = "A trajectory's evaluation items; the default set until an organiser configures them")
    FormView items(@PathVariable UUID trajectoryId) {
        return FormView.of(evaluations.form(trajectoryId));
    }

    @PutMapping("/api/evaluations/items/{trajectoryId}")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @Operation(summary = "Configure a trajectory's evaluation items (organisers)")
    FormView configure(@PathVariable UUID trajectoryId, @Valid @RequestBody ItemsRequest request) {
        return FormView.of(evaluations.configure(trajectoryId, request.toItems()));
    }
}
