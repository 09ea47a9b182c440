package nl.koers.reflection.reflection.web;

import java.util.List;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.koers.reflection.reflection.Prompt;
import nl.koers.reflection.reflection.SessionPrompts;
import nl.koers.reflection.web.Keys;

/** The prompts an organiser attaches to a session, replacing earlier ones; an empty list removes them. */
record PromptsRequest(
        @Schema(description = "The session's prompts in the order participants read them; each key once")
        @NotNull @Size(max = SessionPrompts.MAX_PROMPTS) List<@NotNull @Valid PromptItem> prompts) {

    /** One prompt: a key reflections answer it by, and the question. */
    record PromptItem(
            @Schema(description = "The key reflections answer the prompt by: " + Keys.MESSAGE, example = "rol")
            @NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String key,
            @Schema(description = "The question participants read",
                    example = "De rol die je krijgt en de rol die je zelf neemt: wat zag je vandaag?")
            @NotBlank @Size(max = SessionPrompts.MAX_QUESTION) String question) {
    }

    List<Prompt> toPrompts() {
        return prompts.stream().map(p -> new Prompt(p.key(), p.question().strip())).toList();
    }
}
