package nl.koers.reflection.reflection.web;

import java.util.Map;
import java.util.UUID;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.koers.reflection.membership.Visibility;
import nl.koers.reflection.reflection.ReflectionContent;
import nl.koers.reflection.web.Keys;

/** A reflection's new content, replacing the old whole; the cohort it belongs to does not change. */
record RevisionRequest(
        UUID sessionId,
        @NotBlank @Size(max = ReflectionContent.MAX_TEXT) String text,
        @Size(max = ReflectionContent.MAX_ANSWERS)
        Map<@NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String,
                @NotBlank @Size(max = ReflectionContent.MAX_ANSWER) String> prompts,
        @NotNull Visibility visibility) {

    ReflectionContent content() {
        return new ReflectionContent(sessionId, text, prompts, visibility);
    }
}
