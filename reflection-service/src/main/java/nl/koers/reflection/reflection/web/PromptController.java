package nl.koers.reflection.reflection.web;

import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.defaults.web.Caller;
import nl.koers.reflection.reflection.PromptService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Prompts an organiser attaches to a session's reflection, under the reflections prefix the gateway routes here. */
@RestController
@Tag(name = "Reflection prompts", description = "Questions attached to a session's reflection")
class PromptController {

    private final PromptService prompts;

    PromptController(PromptService prompts) {
        this.prompts = prompts;
    }

    @PutMapping("/api/reflections/prompts/{sessionId}")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @Operation(summary = "Attach prompts to a session, replacing earlier ones (organisers)")
    PromptsView attach(@PathVariable UUID sessionId, @Valid @RequestBody PromptsRequest request) {
        return PromptsView.of(prompts.attach(sessionId, request.toPrompts()));
    }

    @GetMapping("/api/reflections/prompts/{sessionId}")
    @Operation(summary = "A session's prompts (its cohort's participants and facilitators, organisers)")
    PromptsView get(@PathVariable UUID sessionId, @Parameter(hidden = true) Caller caller) {
        return PromptsView.of(prompts.get(caller.id(), caller.manages(), sessionId));
    }
}
