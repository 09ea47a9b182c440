package nl.koers.reflection.reflection.web;

import java.util.Map;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.koers.reflection.membership.Visibility;
import nl.koers.reflection.reflection.ReflectionContent;
import nl.koers.reflection.web.Keys;
import org.jspecify.annotations.Nullable;

/**
 * A new reflection. {@code prompts} answers the prompts attached to {@code sessionId}, by prompt key.
 */
record ReflectionRequest(
        @Schema(description = "The cohort you reflect in; you must be one of its confirmed participants",
                example = "4b1f2c8e-6d3a-4e5f-9a7b-2c1d0e9f8a76")
        @NotNull UUID cohortId,
        @Schema(description = "The session of that cohort the reflection is about; needed to answer its prompts",
                example = "9c2e7d41-0b6a-4f3e-8d5c-1a2b3c4d5e6f")
        @Nullable UUID sessionId,
        @Schema(description = "What you reflect on, in your own words; surrounding spaces are dropped",
                example = "Ik zag vandaag dat kwaliteit pas leeft als het team zelf benoemt wanneer het trots is.")
        @NotBlank @Size(max = ReflectionContent.MAX_TEXT) String text,
        @Schema(description = "Answers to the session's prompts: prompt key to answer. Only with a sessionId, and only"
                + " keys of that session's prompts", example = "{\"rol\": \"Ik neem meer dan me is toegewezen\"}")
        @Size(max = ReflectionContent.MAX_ANSWERS)
        @Nullable Map<@NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String,
                @NotBlank @Size(max = ReflectionContent.MAX_ANSWER) String> prompts,
        @Schema(description = "Who besides you may read it: PRIVATE (nobody), FACILITATORS (the cohort's"
                + " facilitators) or COHORT (its facilitators and confirmed participants)", example = "PRIVATE")
        @NotNull Visibility visibility) {

    ReflectionContent content() {
        return new ReflectionContent(sessionId, text, prompts, visibility);
    }
}
