package nl.koers.reflection.intervention.web;

import java.net.URI;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.reflection.intervention.Feedback;
import nl.koers.reflection.intervention.InterventionService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Feedback on an intervention, from peers and facilitators who may read it; read by whoever may read it. */
@RestController
@Tag(name = "Feedback", description = "Peers' and facilitators' responses to an intervention, which lead its owners"
        + " to their next steps. Read by whoever may read the intervention, in the order it was given.")
class FeedbackController {

    private final InterventionService interventions;

    FeedbackController(InterventionService interventions) {
        this.interventions = interventions;
    }

    @PostMapping("/api/interventions/{id}/feedback")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Give feedback on an intervention", description = "The cohort's facilitators and confirmed"
            + " participants who may read the intervention (404 for those who may not, 403 for other readers); not"
            + " its owners, who record their own view as experience or next steps (422). Answers the feedback; its"
            + " Location is the intervention's feedback list, where it is read.")
    ResponseEntity<FeedbackView> giveFeedback(
            @Parameter(description = "The intervention's id") @PathVariable UUID id,
            @Valid @RequestBody FeedbackRequest request, Caller caller) {
        Feedback given = interventions.giveFeedback(caller.id(), id, request.text());
        // Feedback is read as the intervention's list, so that is where the new one is found.
        return ResponseEntity.created(URI.create("/api/interventions/" + id + "/feedback")).body(FeedbackView.of(given));
    }

    @GetMapping("/api/interventions/{id}/feedback")
    @Operation(summary = "List an intervention's feedback", description = "Whoever may read the intervention; anyone"
            + " else gets 404. Oldest first, as a conversation reads.")
    PageView<FeedbackView> listInterventionFeedback(
            @Parameter(description = "The intervention's id") @PathVariable UUID id, Paging paging, Caller caller) {
        return interventions.feedbackOn(caller.id(), id, paging).map(FeedbackView::of);
    }
}
