package nl.koers.web.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The API's answers the report pages are made of, with only the fields they show. The report itself follows
 * trajectory-service's ReportView: each section an object of figures, a breakdown an object of groups in the
 * order the API gives them.
 */
final class ReportModels {

    private ReportModels() {
    }

    /**
     * One figure as the API gives it: a number, or {@code {"suppressed": true}} when it is about fewer people than
     * the report's minimum group for this reader. A figure the API leaves null (nothing to compute it from, such as
     * a completion rate before any cohort completed) stays null: it is neither a number nor suppressed.
     */
    record Figure(Double value, boolean suppressed) {

        static final Figure SUPPRESSED = new Figure(null, true);

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Figure of(JsonNode node) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (node.isNumber()) {
                return new Figure(node.asDouble(), false);
            }
            if (node.path("suppressed").asBoolean(false)) {
                return SUPPRESSED;
            }
            return null;
        }

        static Figure of(double value) {
            return new Figure(value, false);
        }
    }

    record Report(String scope, String id, LocalDate from, LocalDate to, boolean aggregatesOnly, int minimumGroupSize,
                  Cohorts cohorts, Participation participation, Sessions sessions, Questions developmentQuestions,
                  Interventions interventions, Reflections reflections, Evaluation evaluation) {

        Report {
            cohorts = cohorts == null ? new Cohorts(0, 0, null, null) : cohorts;
            participation = participation == null
                    ? new Participation(null, null, null, null, null, null, null, null) : participation;
            sessions = sessions == null ? new Sessions(0, 0, 0, null, null) : sessions;
            developmentQuestions = developmentQuestions == null ? new Questions(null, null, null, null) : developmentQuestions;
            interventions = interventions == null ? new Interventions(null, null, null, null, null) : interventions;
            reflections = reflections == null ? new Reflections(null, null) : reflections;
            evaluation = evaluation == null ? new Evaluation(null, null) : evaluation;
        }
    }

    record Cohorts(long total, long completed, Map<String, Figure> completionRatePerCohort,
                   Map<String, Figure> completionRatePerTrajectory) {

        Cohorts {
            completionRatePerCohort = ordered(completionRatePerCohort);
            completionRatePerTrajectory = ordered(completionRatePerTrajectory);
        }
    }

    record Participation(Figure enrolled, Figure confirmed, Figure waitlisted, Figure withdrawn, Figure completed,
                         Figure completionRate, Map<String, Figure> bySector, Map<String, Figure> byInstitution) {

        Participation {
            bySector = ordered(bySector);
            byInstitution = ordered(byInstitution);
        }
    }

    record Sessions(long held, long cancelled, long planned, Figure attendanceRate,
                    Map<String, Figure> attendanceRatePerSession) {

        Sessions {
            attendanceRatePerSession = ordered(attendanceRatePerSession);
        }
    }

    record Questions(Figure logged, Figure averageRefinements, Figure becameTeamQuestions, Figure teamQuestionShare) {
    }

    record Interventions(Figure planned, Figure carriedOut, Figure withFeedback, Figure actionPlans, Figure compact) {
    }

    record Reflections(Figure written, Figure casesAnalysed) {
    }

    record Evaluation(Figure responses, Map<String, Figure> averagePerItem) {

        Evaluation {
            averagePerItem = ordered(averagePerItem);
        }
    }

    /** trajectory-service: a trajectory, for its title and the coalitions that co-own it. */
    record Trajectory(UUID id, String title, String organiser, List<String> coalitionIds) {

        Trajectory {
            coalitionIds = coalitionIds == null ? List.of() : List.copyOf(coalitionIds);
        }
    }

    /** trajectory-service: a cohort, for its name and trajectory. */
    record Cohort(UUID id, UUID trajectoryId, String name, LocalDate startsOn, LocalDate endsOn, String status) {
    }

    /** reflection-service: a trajectory's evaluation items, for the labels participants read. */
    record EvaluationItems(UUID trajectoryId, List<EvaluationItem> items) {

        EvaluationItems {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    record EvaluationItem(String key, String label) {
    }

    /** Keeps the API's order of a breakdown (and drops groups without a figure, which it never sends). */
    private static Map<String, Figure> ordered(Map<String, Figure> groups) {
        Map<String, Figure> ordered = new LinkedHashMap<>();
        if (groups != null) {
            groups.forEach((key, figure) -> {
                if (figure != null) {
                    ordered.put(key, figure);
                }
            });
        }
        return java.util.Collections.unmodifiableMap(ordered);
    }
}
