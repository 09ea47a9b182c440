package nl.koers.reflection.reflection.web;

import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.reflection.reflection.Prompt;
import nl.koers.reflection.reflection.SessionPrompts;

/** The prompts of one session's reflection. */
record PromptsView(
        UUID sessionId,
        @Schema(description = "The cohort the session belongs to")
        UUID cohortId,
        @Schema(description = "The prompts, in order; empty when the organiser attached none")
        List<Prompt> prompts,
        @Schema(description = "Grows with every replacement; 0 while none were attached", example = "1")
        long version) {

    static PromptsView of(SessionPrompts p) {
        return new PromptsView(p.sessionId(), p.cohortId(), p.prompts(), p.version());
    }
}
