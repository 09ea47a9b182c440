package nl.koers.web.reflection.intervention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** reflection-service's answers about interventions and their feedback, and what it takes to plan one. */
final class InterventionModels {

    /** An intervention's life, in order, as reflection-service moves it: only forward, one step at a time. */
    static final List<String> STATUSES = List.of("PLANNED", "IN_PROGRESS", "CARRIED_OUT", "REFLECTED");

    static final List<String> KINDS = List.of("ACTION_PLAN", "COMPACT");

    private InterventionModels() {
    }

    /** An intervention as its readers see it; its version is also its ETag. */
    record Intervention(UUID id, UUID cohortId, String ownerId, Set<String> coOwnerIds, String kind, String title,
                        String goal, List<Step> steps, String visibility, UUID developmentQuestionId, UUID caseId,
                        String status, String experience, String nextSteps, Instant createdAt, Instant updatedAt,
                        long version) {

        Intervention {
            coOwnerIds = coOwnerIds == null ? Set.of() : Set.copyOf(coOwnerIds);
            steps = steps == null ? List.of() : List.copyOf(steps);
        }

        public boolean actionPlan() {
            return "ACTION_PLAN".equals(kind);
        }

        public List<String> coOwnersInOrder() {
            return coOwnerIds.stream().sorted().toList();
        }
    }

    /** A step of an action plan with its place, counting from 1. */
    record Step(int position, String description, String who, LocalDate dueDate, String status) {
    }

    /** A peer's or facilitator's response to an intervention. */
    record Feedback(UUID id, UUID interventionId, String giverId, String giverRole, String text, Instant givenAt) {
    }

    /** What the API takes to plan an intervention. */
    record NewIntervention(UUID cohortId, UUID developmentQuestionId, UUID caseId, String kind, String title, String goal,
                           List<NewStep> steps, String visibility, Set<String> coOwnerIds) {
    }

    record NewStep(String description, String who, LocalDate dueDate) {
    }

    /** A development question trajectory-service lets me read in the cohort, to link an intervention to. */
    record DevelopmentQuestion(UUID id, UUID cohortId, String participantId, String text) {
    }

    /** A case reflection-service lets me read in the cohort, to link an intervention to. */
    record CaseTitle(UUID id, String title) {
    }
}
