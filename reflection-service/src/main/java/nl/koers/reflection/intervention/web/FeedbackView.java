package nl.koers.reflection.intervention.web;

import java.time.Instant;
import java.util.UUID;
import nl.koers.reflection.intervention.Feedback;

/** Feedback as the intervention's readers see it. */
record FeedbackView(UUID id, UUID interventionId, String giverId, Feedback.GiverRole giverRole, String text,
                    Instant givenAt) {

    static FeedbackView of(Feedback f) {
        return new FeedbackView(f.id(), f.interventionId(), f.giverId(), f.giverRole(), f.text(), f.givenAt());
    }
}
