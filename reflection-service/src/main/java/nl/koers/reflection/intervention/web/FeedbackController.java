package nl.koers.reflection.intervention.web;

import java.net.URI;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.reflection.intervention.Feedback;
import nl.koers.reflection.intervention.InterventionService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Feedback on an intervention, from peers and facilitators who may read it; read by whoever may read it. */
@RestController
@Tag(name = "Feedback", description = "Peers' and facilitators' responses to an intervention")
class FeedbackController {

    private final InterventionService interventions;

    FeedbackController(InterventionService interventions) {
        this.interventions = interventions;
    }

    @PostMapping("/api/interventions/{id}/feedback")
    @Operation(summary = "Give feedback (confirmed participants and facilitators of the cohort; not the owners)")
    ResponseEntity<FeedbackView> give(@PathVariable UUID id, @Valid @RequestBody FeedbackRequest request,
                                      @Parameter(hidden = true) Caller caller) {
        Feedback given = interventions.giveFeedback(caller.id(), id, request.text());
        // Feedback is read as the intervention's list, so that is where the new one is found.
        return ResponseEntity.created(URI.create("/api/interventions/" + id + "/feedback")).body(FeedbackView.of(given));
    }

    @GetMapping("/api/interventions/{id}/feedback")
    @Operation(summary = "An intervention's feedback, oldest first")
    PageView<FeedbackView> list(@PathVariable UUID id,
                                @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size,
                                @Parameter(hidden = true) Caller caller) {
        return interventions.feedbackOn(caller.id(), id, page, size).map(FeedbackView::of);
    }
}
