package nl.koers.reflection.intervention.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.reflection.intervention.Intervention;
import nl.koers.reflection.intervention.InterventionKind;
import nl.koers.reflection.intervention.InterventionPlan;
import nl.koers.reflection.membership.Visibility;

/**
 * A new intervention. {@code steps} only for an ACTION_PLAN; {@code coOwnerIds} are the work group's other
 * members (confirmed participants of the cohort); {@code visibility} defaults to COHORT.
 */
record PlanRequest(@NotNull UUID cohortId,
                   UUID developmentQuestionId,
                   UUID caseId,
                   @NotNull InterventionKind kind,
                   @NotBlank @Size(max = InterventionPlan.MAX_TITLE) String title,
                   @NotBlank @Size(max = InterventionPlan.MAX_GOAL) String goal,
                   @Size(max = InterventionPlan.MAX_STEPS) List<@NotNull @Valid StepItem> steps,
                   Visibility visibility,
                   @Size(max = Intervention.MAX_CO_OWNERS) Set<@NotBlank @Size(max = 200) String> coOwnerIds) {

    InterventionPlan plan() {
        return new InterventionPlan(kind, title, goal, steps == null ? List.of() : steps.stream().map(StepItem::toStep).toList(),
                visibility, developmentQuestionId, caseId);
    }

    Set<String> coOwners() {
        return coOwnerIds == null ? Set.of() : coOwnerIds;
    }
}
