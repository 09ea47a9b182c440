package nl.koers.reflection.intervention.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.koers.reflection.intervention.Intervention;
import nl.koers.reflection.intervention.InterventionKind;
import nl.koers.reflection.intervention.InterventionPlan;
import nl.koers.reflection.intervention.InterventionStatus;
import nl.koers.reflection.intervention.StepStatus;
import nl.koers.reflection.membership.Visibility;

/** An intervention as its readers see it; {@code version} is also its ETag. */
record InterventionView(UUID id, UUID cohortId, String ownerId, Set<String> coOwnerIds, InterventionKind kind,
                        String title, String goal, List<StepView> steps, Visibility visibility,
                        UUID developmentQuestionId, UUID caseId, InterventionStatus status, String experience,
                        String nextSteps, Instant createdAt, Instant updatedAt, long version) {

    /** A step with its position in the plan, counting from 1. */
    record StepView(int position, String description, String who, LocalDate dueDate, StepStatus status) {
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
