package nl.koers.trajectory.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A report as its reader may see it: the figures of the issue, each under a section, with the small-group
 * rule applied. Kept as a flat list of lines so that JSON and CSV show exactly the same figures in the same
 * order; a line with a {@code key} is one group of a breakdown (a sector, an institution, a session number,
 * an evaluation item).
 */
public record OutcomeReport(Scope scope, String id, LocalDate from, LocalDate to, boolean aggregatesOnly,
                            List<Line> lines) {

    /** What a report is about. */
    public enum Scope { COHORT, TRAJECTORY, COALITION }

    public record Line(String section, String figure, String key, Figure value) {
    }

    /**
     * @param parts the totals the report is made of, by id: a cohort or trajectory report's cohorts, a coalition
     *              report's trajectories; they give the completion rate per part
     */
    public static OutcomeReport of(Scope scope, String id, LocalDate from, LocalDate to, Tally t,
                                   Map<String, Tally> parts, Suppression s) {
        List<Line> lines = new ArrayList<>();
        add(lines, "cohorts", "total", Figure.of(t.get("cohorts")));
        add(lines, "cohorts", "completed", Figure.of(t.get("cohorts.completed")));
        // Only parts with a completed cohort have a completion rate; the others would read as a small group.
        String perPart = scope == Scope.COALITION ? "completionRatePerTrajectory" : "completionRatePerCohort";
        new TreeMap<>(parts).forEach((key, part) -> {
            if (part.get("cohorts.completed") > 0) {
                lines.add(new Line("cohorts", perPart, key, completionRate(part, s)));
            }
        });

        add(lines, "participation", "enrolled", s.count(t.get("participation.enrolled")));
        add(lines, "participation", "confirmed", s.count(t.get("participation.confirmed")));
        add(lines, "participation", "waitlisted", s.count(t.get("participation.waitlisted")));
        add(lines, "participation", "withdrawn", s.count(t.get("participation.withdrawn")));
        add(lines, "participation", "completed", s.count(t.get("participation.completed")));
        add(lines, "participation", "completionRate", completionRate(t, s));
        breakdown(lines, "participation", "bySector", s.breakdown(t.under("sector")));
        breakdown(lines, "participation", "byInstitution", s.breakdown(t.under("institution")));

        add(lines, "sessions", "held", Figure.of(t.get("sessions.held")));
        add(lines, "sessions", "cancelled", Figure.of(t.get("sessions.cancelled")));
        add(lines, "sessions", "planned", Figure.of(t.get("sessions.planned")));
        add(lines, "sessions", "attendanceRate", s.about(t.get("attendance.marked"),
                Rates.rate(t.get("attendance.present"), t.get("attendance.marked"))));
        for (String sequence : sessionNumbers(t)) {
            String at = "session." + sequence + ".";
            lines.add(new Line("sessions", "attendanceRatePerSession", sequence, s.about(t.get(at + "marked"),
                    Rates.rate(t.get(at + "present"), t.get(at + "marked")))));
        }

        long logged = t.get("questions.logged");
        add(lines, "developmentQuestions", "logged", s.count(logged));
        add(lines, "developmentQuestions", "averageRefinements", s.about(logged,
                Rates.average(t.get("questions.refinements"), logged)));
        add(lines, "developmentQuestions", "becameTeamQuestions", s.count(t.get("questions.becameTeam")));
        add(lines, "developmentQuestions", "teamQuestionShare", s.about(logged,
                Rates.rate(t.get("questions.becameTeam"), logged)));

        for (String figure : List.of("planned", "carriedOut", "withFeedback", "actionPlans", "compact")) {
            add(lines, "interventions", figure, s.count(t.get("interventions." + figure)));
        }
        add(lines, "reflections", "written", s.count(t.get("reflections.written")));
        add(lines, "reflections", "casesAnalysed", s.count(t.get("cases.analysed")));

        long responses = t.get("evaluation.responses");
        add(lines, "evaluation", "responses", s.responses(responses));
        for (String item : evaluationItems(t)) {
            lines.add(new Line("evaluation", "averagePerItem", item, s.evaluation(responses,
                    Rates.average(t.get("evaluation.item." + item + ".sum"), t.get("evaluation.item." + item + ".count")))));
        }
        return new OutcomeReport(scope, id, from, to, s.applies(), List.copyOf(lines));
    }

    private static Figure completionRate(Tally t, Suppression s) {
        return s.about(t.get("completion.enrolled"), Rates.rate(t.get("completion.completed"), t.get("completion.enrolled")));
    }

    private static void add(List<Line> lines, String section, String figure, Figure value) {
        lines.add(new Line(section, figure, null, value));
    }

    private static void breakdown(List<Line> lines, String section, String figure, Map<String, Figure> groups) {
        groups.forEach((key, value) -> lines.add(new Line(section, figure, key, value)));
    }

    private static Set<String> sessionNumbers(Tally t) {
        Set<String> numbers = new TreeSet<>((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
        t.under("session").keySet().forEach(k -> numbers.add(k.substring(0, k.indexOf('.'))));
        return numbers;
    }

    private static Set<String> evaluationItems(Tally t) {
        Set<String> items = new TreeSet<>();
        t.under("evaluation.item").keySet().forEach(k -> items.add(k.substring(0, k.lastIndexOf('.'))));
        return items;
    }
}
