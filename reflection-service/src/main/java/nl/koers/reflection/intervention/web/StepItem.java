package nl.koers.reflection.intervention.web;

import java.time.LocalDate;
import java.util.List;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.koers.reflection.intervention.Step;
import nl.koers.reflection.intervention.StepStatus;
import org.jspecify.annotations.Nullable;

/** One step of an action plan as sent; its place in the list is its order. Status defaults to PLANNED. */
record StepItem(
        @Schema(description = "What is done in this step", example = "Teamoverleg plannen over de uitvalcijfers")
        @NotBlank @Size(max = Step.MAX_DESCRIPTION) String description,
        @Schema(description = "Who takes it: a person or role in your organisation, as you write it",
                example = "teamleider")
        @NotBlank @Size(max = Step.MAX_WHO) String who,
        @Schema(description = "By when, from 2000-01-01 to 2100-12-31; absent for no date", example = "2026-04-01")
        @Nullable LocalDate dueDate,
        @Schema(description = "How far the step is: PLANNED, IN_PROGRESS or DONE; PLANNED when absent",
                example = "PLANNED")
        @Nullable StepStatus status) {

    static List<Step> toSteps(@Nullable List<StepItem> items) {
        return items == null ? List.of() : items.stream().map(StepItem::toStep).toList();
    }

    Step toStep() {
        return Step.planned(description, who, dueDate, status);
    }
}
