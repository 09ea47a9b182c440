package nl.koers.reflection.intervention.web;

import java.time.LocalDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.koers.reflection.intervention.Step;
import nl.koers.reflection.intervention.StepStatus;

/** One step of an action plan as sent; its place in the list is its order. Status defaults to PLANNED. */
record StepItem(@NotBlank @Size(max = Step.MAX_DESCRIPTION) String description,
                @NotBlank @Size(max = Step.MAX_WHO) String who,
                LocalDate dueDate,
                StepStatus status) {

    Step toStep() {
        return new Step(description, who, dueDate, status);
    }
}
