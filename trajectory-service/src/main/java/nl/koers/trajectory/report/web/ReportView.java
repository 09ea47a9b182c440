package nl.koers.trajectory.report.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.trajectory.report.Figure;
import nl.koers.trajectory.report.OutcomeReport;
import nl.koers.trajectory.report.Suppression;
import org.jspecify.annotations.Nullable;

/**
 * An outcome report as JSON: the report's scope, then one object per section with its figures, a breakdown as an
 * object of groups. A figure is a {@link ReportFigure}. Counts of cohorts and sessions are not about people and
 * are always plain numbers. {@code report} is the report itself, not written as JSON: the CSV is written from it
 * ({@link ReportCsvConverter}), so both show the same figures in the same order.
 */
@Schema(description = "An outcome report. Figures about people are suppressed for coalition users below"
        + " minimumGroupSize (aggregatesOnly); evaluation figures for everyone.")
record ReportView(
        @Schema(description = "COHORT, TRAJECTORY or COALITION", example = "COHORT") String scope,
        @Schema(description = "The cohort's or trajectory's id, or the coalition's", example = "teams-aan-zet")
        String id,
        @Schema(description = "A coalition report's first day of the cohorts' starts; null for other reports",
                example = "2025-08-01")
        @Nullable LocalDate from,
        @Schema(description = "A coalition report's last day of the cohorts' starts; null for other reports",
                example = "2026-07-31")
        @Nullable LocalDate to,
        @Schema(description = "Whether small groups are suppressed for this reader (coalition users)")
        boolean aggregatesOnly,
        @Schema(description = "Figures about fewer people than this are suppressed", example = "5")
        int minimumGroupSize,
        CohortFigures cohorts,
        ParticipationFigures participation,
        SessionFigures sessions,
        QuestionFigures developmentQuestions,
        InterventionFigures interventions,
        ReflectionFigures reflections,
        EvaluationFigures evaluation,
        @JsonIgnore @Schema(hidden = true) OutcomeReport report) {

    /** How many cohorts the report covers, and the completion rate (EQAVET indicator 4) of each part. */
    record CohortFigures(long total, @Schema(description = "How many of them are completed") long completed,
                         @Schema(description = "Completion rate per completed cohort, by cohort id, 0 to 1; in"
                                 + " cohort and trajectory reports (empty in a coalition report)")
                         Map<String, ReportFigure> completionRatePerCohort,
                         @Schema(description = "Completion rate per trajectory with a completed cohort, by"
                                 + " trajectory id, 0 to 1; in coalition reports (empty in the others)")
                         Map<String, ReportFigure> completionRatePerTrajectory) {
    }

    /** Who took part, by their furthest enrolment (EQAVET indicators 3 and 4). */
    record ParticipationFigures(
            @Schema(description = "Participants who held a seat") ReportFigure enrolled,
            @Schema(description = "Confirmed, the cohort still running") ReportFigure confirmed,
            ReportFigure waitlisted, ReportFigure withdrawn, ReportFigure completed,
            @Schema(description = "Completed among the enrolled of completed cohorts, 0 to 1; null before any"
                    + " cohort completed")
            @Nullable ReportFigure completionRate,
            @Schema(description = "Enrolled participants per sector; small groups fold into \"other\" for"
                    + " coalition users")
            Map<String, ReportFigure> bySector,
            @Schema(description = "Enrolled participants per institution; small groups fold into \"other\" for"
                    + " coalition users")
            Map<String, ReportFigure> byInstitution) {
    }

    /** Sessions and attendance. */
    record SessionFigures(
            @Schema(description = "Sessions with attendance recorded") long held,
            long cancelled,
            @Schema(description = "Scheduled sessions without attendance yet") long planned,
            @Schema(description = "Present among those marked, 0 to 1; null before any attendance")
            @Nullable ReportFigure attendanceRate,
            @Schema(description = "Attendance rate per session number, of the sessions held")
            Map<String, ReportFigure> attendanceRatePerSession) {
    }

    /** Development questions. */
    record QuestionFigures(
            ReportFigure logged,
            @Schema(description = "Refinements per question; null before any question") @Nullable
            ReportFigure averageRefinements,
            @Schema(description = "Questions logged individual whose newest revision is TEAM")
            ReportFigure becameTeamQuestions,
            @Schema(description = "becameTeamQuestions among those logged, 0 to 1; null before any question")
            @Nullable ReportFigure teamQuestionShare) {
    }

    /** Interventions of the cohorts' work groups. */
    record InterventionFigures(ReportFigure planned, ReportFigure carriedOut, ReportFigure withFeedback,
                               ReportFigure actionPlans, ReportFigure compact) {
    }

    /** Participants' reflections and analysed cases. */
    record ReflectionFigures(ReportFigure written, ReportFigure casesAnalysed) {
    }

    /** The cohorts' evaluations; suppressed below minimumGroupSize responses for every reader. */
    record EvaluationFigures(
            ReportFigure responses,
            @Schema(description = "The average rating per evaluation item rated")
            Map<String, ReportFigure> averagePerItem) {
    }

    static ReportView of(OutcomeReport report) {
        Lines lines = new Lines(report);
        return new ReportView(report.scope().name(), report.id(), report.from(), report.to(), report.aggregatesOnly(),
                Suppression.MINIMUM_GROUP,
                new CohortFigures(lines.count("cohorts", "total"), lines.count("cohorts", "completed"),
                        lines.groups("cohorts", "completionRatePerCohort"),
                        lines.groups("cohorts", "completionRatePerTrajectory")),
                new ParticipationFigures(lines.figure("participation", "enrolled"),
                        lines.figure("participation", "confirmed"), lines.figure("participation", "waitlisted"),
                        lines.figure("participation", "withdrawn"), lines.figure("participation", "completed"),
                        lines.figure("participation", "completionRate"),
                        lines.groups("participation", "bySector"), lines.groups("participation", "byInstitution")),
                new SessionFigures(lines.count("sessions", "held"), lines.count("sessions", "cancelled"),
                        lines.count("sessions", "planned"), lines.figure("sessions", "attendanceRate"),
                        lines.groups("sessions", "attendanceRatePerSession")),
                new QuestionFigures(lines.figure("developmentQuestions", "logged"),
                        lines.figure("developmentQuestions", "averageRefinements"),
                        lines.figure("developmentQuestions", "becameTeamQuestions"),
                        lines.figure("developmentQuestions", "teamQuestionShare")),
                new InterventionFigures(lines.figure("interventions", "planned"),
                        lines.figure("interventions", "carriedOut"), lines.figure("interventions", "withFeedback"),
                        lines.figure("interventions", "actionPlans"), lines.figure("interventions", "compact")),
                new ReflectionFigures(lines.figure("reflections", "written"),
                        lines.figure("reflections", "casesAnalysed")),
                new EvaluationFigures(lines.figure("evaluation", "responses"),
                        lines.groups("evaluation", "averagePerItem")),
                report);
    }

    /** A report's lines by section and figure, a breakdown's in their order. */
    private static final class Lines {

        private final Map<String, Figure> single = new HashMap<>();
        private final Map<String, Map<String, Figure>> breakdowns = new HashMap<>();

        Lines(OutcomeReport report) {
            for (OutcomeReport.Line line : report.lines()) {
                String at = line.section() + "." + line.figure();
                if (line.key() == null) {
                    single.put(at, line.value());
                } else {
                    breakdowns.computeIfAbsent(at, k -> new LinkedHashMap<>()).put(line.key(), line.value());
                }
            }
        }

        @Nullable ReportFigure figure(String section, String figure) {
            Figure value = single.get(section + "." + figure);
            return value == null ? null : ReportFigure.of(value);
        }

        long count(String section, String figure) {
            Figure value = single.get(section + "." + figure);
            return value == null || value.value() == null ? 0 : value.value().longValue();
        }

        /**
         * A breakdown's groups. Each group of a breakdown has something to count (a sector's participants, a held
         * session's marks, an item's ratings), so none is without a figure; one would be left out, not null.
         */
        Map<String, ReportFigure> groups(String section, String figure) {
            Map<String, ReportFigure> groups = new LinkedHashMap<>();
            breakdowns.getOrDefault(section + "." + figure, Map.of()).forEach((key, value) -> {
                ReportFigure shown = ReportFigure.of(value);
                if (shown != null) {
                    groups.put(key, shown);
                }
            });
            return groups;
        }
    }
}
