package nl.koers.reflection.intervention;

import java.util.List;
import java.util.UUID;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.reflection.membership.Visibility;

/**
 * What an intervention sets out to do: its kind, title, goal and (for an action plan) its ordered steps,
 * what it grew from (a development question, a case), and who may read it. An action plan has at least one
 * step; a compact intervention has none. {@code visibility} defaults to COHORT: interventions are planned to
 * be shared and to get feedback on.
 */
public record InterventionPlan(InterventionKind kind, String title, String goal, List<Step> steps,
                               Visibility visibility, UUID developmentQuestionId, UUID caseId) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_GOAL = 4_000;
    public static final int MAX_STEPS = 30;

    public InterventionPlan {
        if (kind == null) {
            throw invalid("Say what kind of intervention this is: ACTION_PLAN or COMPACT.");
        }
        if (title == null || title.isBlank() || title.strip().length() > MAX_TITLE) {
            throw invalid("An intervention needs a title of 1 to " + MAX_TITLE + " characters.");
        }
        if (goal == null || goal.isBlank() || goal.strip().length() > MAX_GOAL) {
            throw invalid("An intervention needs a goal of 1 to " + MAX_GOAL + " characters.");
        }
        steps = steps == null ? List.of() : List.copyOf(steps);
        if (kind == InterventionKind.ACTION_PLAN && steps.isEmpty()) {
            throw invalid("An action plan has at least one step; without steps, plan a COMPACT intervention.");
        }
        if (kind == InterventionKind.COMPACT && !steps.isEmpty()) {
            throw invalid("A compact intervention has no steps; with steps, plan an ACTION_PLAN.");
        }
        if (steps.size() > MAX_STEPS) {
            throw invalid("An action plan has at most " + MAX_STEPS + " steps.");
        }
        title = title.strip();
        goal = goal.strip();
        visibility = visibility == null ? Visibility.COHORT : visibility;
    }

    public int stepsDone() {
        return (int) steps.stream().filter(s -> s.status() == StepStatus.DONE).count();
    }

    static InvalidRequest invalid(String detail) {
        return new InvalidRequest("invalid-intervention", "Invalid intervention", detail);
    }
}
