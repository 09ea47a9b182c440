package nl.koers.reflection.reflection.web;

import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.koers.reflection.reflection.Prompt;
import nl.koers.reflection.reflection.SessionPrompts;
import nl.koers.reflection.web.Keys;

/** The prompts an organiser attaches to a session, replacing earlier ones; an empty list removes them. */
record PromptsRequest(@NotNull @Size(max = SessionPrompts.MAX_PROMPTS) List<@NotNull @Valid PromptItem> prompts) {

    /** One prompt: a key reflections answer it by, and the question. */
    record PromptItem(@NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String key,
                      @NotBlank @Size(max = SessionPrompts.MAX_QUESTION) String question) {
    }

    List<Prompt> toPrompts() {
        return prompts.stream().map(p -> new Prompt(p.key(), p.question().strip())).toList();
    }
}
