package nl.koers.web.reflection.intervention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The small forms on an intervention's page; their limits are reflection-service's. */
final class ActionForms {

    private ActionForms() {
    }

    /** What the owners experienced carrying the intervention out. */
    record ExperienceForm(
            @NotBlank(message = "{validation.required}") @Size(max = 4_000, message = "{validation.size.max}") String experience) {
    }

    /** The next steps the owners take after the feedback. */
    record NextStepsForm(
            @NotBlank(message = "{validation.required}") @Size(max = 4_000, message = "{validation.size.max}") String nextSteps) {
    }

    /** A peer's or facilitator's feedback. */
    record FeedbackForm(
            @NotBlank(message = "{validation.required}") @Size(max = 4_000, message = "{validation.size.max}") String text) {
    }
}
