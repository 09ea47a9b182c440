package nl.koers.reflection.intervention.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.reflection.intervention.Intervention;
import nl.koers.reflection.intervention.InterventionKind;
import nl.koers.reflection.intervention.InterventionPlan;
import nl.koers.reflection.membership.Visibility;
import org.jspecify.annotations.Nullable;

/** An intervention's revised plan, replacing the old whole (steps with their status, work group, visibility). */
record ReviseRequest(
        @Schema(description = "The development question (trajectory-service) it grew from, if any",
                example = "0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a")
        @Nullable UUID developmentQuestionId,
        @Schema(description = "The case of this cohort it grew from, if any; one you may read",
                example = "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d")
        @Nullable UUID caseId,
        @Schema(description = "The intervention's kind as it was planned; it cannot change", example = "ACTION_PLAN")
        @NotNull InterventionKind kind,
        @Schema(description = "A short name for the intervention", example = "Kwaliteitsdialoog in het team")
        @NotBlank @Size(max = InterventionPlan.MAX_TITLE) String title,
        @Schema(description = "What it sets out to achieve",
                example = "Samen benoemen wanneer we tevreden zijn en wanneer trots.")
        @NotBlank @Size(max = InterventionPlan.MAX_GOAL) String goal,
        @Schema(description = "An ACTION_PLAN's steps in order, each with its status; none for a COMPACT one")
        @Size(max = InterventionPlan.MAX_STEPS) @Nullable List<@NotNull @Valid StepItem> steps,
        @Schema(description = "Who besides the owners may read it: PRIVATE, FACILITATORS or COHORT; COHORT when"
                + " absent", example = "FACILITATORS")
        @Nullable Visibility visibility,
        @Schema(description = "User ids of the work group's other members, replacing the old ones",
                example = "[\"participant2\", \"participant3\"]")
        @Size(max = Intervention.MAX_CO_OWNERS)
        @Nullable Set<@NotBlank @Size(max = PlanRequest.MAX_USER_ID) String> coOwnerIds) {

    InterventionPlan plan() {
        return new InterventionPlan(kind, title, goal, StepItem.toSteps(steps), visibility, developmentQuestionId,
                caseId);
    }

    Set<String> coOwners() {
        return coOwnerIds == null ? Set.of() : coOwnerIds;
    }
}
