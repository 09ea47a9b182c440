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

/** A reflection's new content, replacing the old whole; the cohort it belongs to does not change. */
record RevisionRequest(
        @Schema(description = "The session of the reflection's cohort it is about; absent for none",
                example = "9c2e7d41-0b6a-4f3e-8d5c-1a2b3c4d5e6f")
        @Nullable UUID sessionId,
        @Schema(description = "The new text, replacing the old",
                example = "Herzien: het team benoemt nu zelf wanneer het tevreden is en wanneer trots.")
        @NotBlank @Size(max = ReflectionContent.MAX_TEXT) String text,
        @Schema(description = "Answers to the session's prompts, replacing the old ones: prompt key to answer",
                example = "{\"tevreden-trots\": \"Trots op hoe het team de dialoog voerde\"}")
        @Size(max = ReflectionContent.MAX_ANSWERS)
        @Nullable Map<@NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String,
                @NotBlank @Size(max = ReflectionContent.MAX_ANSWER) String> prompts,
        @Schema(description = "Who besides you may read it from now on: PRIVATE, FACILITATORS or COHORT",
                example = "FACILITATORS")
        @NotNull Visibility visibility) {

    ReflectionContent content() {
        return new ReflectionContent(sessionId, text, prompts, visibility);
    }
}
