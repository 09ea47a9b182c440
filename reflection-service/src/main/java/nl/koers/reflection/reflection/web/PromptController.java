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
@Tag(name = "Reflection prompts", description = "Questions an organiser puts to a session's participants, such as"
        + " \"the role you are given and the role you take\"; reflections on that session answer them by key.")
class PromptController {

    private final PromptService prompts;

    PromptController(PromptService prompts) {
        this.prompts = prompts;
    }

    @PutMapping("/api/reflections/prompts/{sessionId}")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @Operation(summary = "Attach prompts to a session", description = "Organisers and admins only. Replaces the"
            + " session's prompts whole; an empty list removes them. 404 while this service has not heard of the"
            + " session (sessions arrive from trajectory-service a moment after they are scheduled). Each"
            + " replacement goes into the audit trail with who made it and the prompts' keys.")
    PromptsView attachSessionPrompts(
            @Parameter(description = "The session, as trajectory-service schedules it") @PathVariable UUID sessionId,
            @Valid @RequestBody PromptsRequest request, Caller caller) {
        return PromptsView.of(prompts.attach(caller, sessionId, request.toPrompts()));
    }

    @GetMapping("/api/reflections/prompts/{sessionId}")
    @Operation(summary = "Get a session's prompts", description = "The cohort's confirmed participants and"
            + " facilitators, organisers and admins; anyone else gets 404. A session without prompts answers an"
            + " empty list at version 0: participants then reflect freely.")
    PromptsView getSessionPrompts(
            @Parameter(description = "The session, as trajectory-service schedules it") @PathVariable UUID sessionId,
            Caller caller) {
        return PromptsView.of(prompts.get(caller.id(), caller.manages(), sessionId));
    }
}
