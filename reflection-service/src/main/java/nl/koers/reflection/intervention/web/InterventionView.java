package nl.koers.reflection.intervention.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.reflection.intervention.Intervention;
import nl.koers.reflection.intervention.InterventionKind;
import nl.koers.reflection.intervention.InterventionPlan;
import nl.koers.reflection.intervention.InterventionStatus;
import nl.koers.reflection.intervention.StepStatus;
import nl.koers.reflection.membership.Visibility;
import org.jspecify.annotations.Nullable;

/** An intervention as its readers see it; {@code version} is also its ETag. */
record InterventionView(
        UUID id,
        UUID cohortId,
        @Schema(description = "The user id of the participant who planned it")
        String ownerId,
        @Schema(description = "User ids of the work group's other members; empty when planned alone")
        Set<String> coOwnerIds,
        @Schema(description = "ACTION_PLAN (with steps) or COMPACT (without)")
        InterventionKind kind,
        String title,
        String goal,
        @Schema(description = "An ACTION_PLAN's steps in order; empty for a COMPACT intervention")
        List<StepView> steps,
        @Schema(description = "Who besides the owners may read it: PRIVATE, FACILITATORS or COHORT")
        Visibility visibility,
        @Schema(description = "The development question it grew from; null when none")
        @Nullable UUID developmentQuestionId,
        @Schema(description = "The case it grew from; null when none")
        @Nullable UUID caseId,
        @Schema(description = "PLANNED, IN_PROGRESS, CARRIED_OUT or REFLECTED, only forward and one step at a time")
        InterventionStatus status,
        @Schema(description = "What the owners experienced; null until CARRIED_OUT")
        @Nullable String experience,
        @Schema(description = "The owners' next steps after feedback; null until REFLECTED")
        @Nullable String nextSteps,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Grows with every change; the ETag is this number in quotes", example = "1")
        long version) {

    /** A step with its position in the plan, counting from 1. */
    record StepView(
            @Schema(description = "The step's place in the plan, counting from 1", example = "1")
            int position,
            String description,
            @Schema(description = "Who takes it: a person or role in the owner's organisation")
            String who,
            @Schema(description = "By when; null when no date was set")
            @Nullable LocalDate dueDate,
            StepStatus status) {
    }

    static InterventionView of(Intervention i) {
        InterventionPlan p = i.plan();
        List<StepView> steps = IntStream.range(0, p.steps().size()).mapToObj(n -> {
            var s = p.steps().get(n);
            return new StepView(n + 1, s.description(), s.who(), s.dueDate(), s.status());
        }).toList();
        return new InterventionView(i.id(), i.cohortId(), i.ownerId(), i.coOwnerIds(), p.kind(), p.title(), p.goal(),
                steps, p.visibility(), p.developmentQuestionId(), p.caseId(), i.status(), i.experience(),
                i.nextSteps(), i.createdAt(), i.updatedAt(), i.version());
    }
}
