package nl.koers.reflection.intervention.web;

import java.time.Instant;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.reflection.intervention.Feedback;

/** Feedback as the intervention's readers see it. */
record FeedbackView(
        UUID id,
        UUID interventionId,
        @Schema(description = "The user id of whoever gave it")
        String giverId,
        @Schema(description = "PARTICIPANT for a fellow participant, FACILITATOR for one of the cohort's facilitators")
        Feedback.GiverRole giverRole,
        String text,
        Instant givenAt) {

    static FeedbackView of(Feedback f) {
        return new FeedbackView(f.id(), f.interventionId(), f.giverId(), f.giverRole(), f.text(), f.givenAt());
    }
}
