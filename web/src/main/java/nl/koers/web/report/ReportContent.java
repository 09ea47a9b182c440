package nl.koers.web.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.koers.web.i18n.Formats;
import nl.koers.web.report.BarChart.Entry;
import nl.koers.web.report.BarChart.Kind;
import nl.koers.web.report.ReportModels.Figure;
import nl.koers.web.report.ReportModels.Report;
import nl.koers.web.report.ReportPage.FigureTable;
import nl.koers.web.report.ReportPage.Link;
import nl.koers.web.report.ReportPage.Row;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns the API's report and the names around it into what the page and the PDF show, in the reader's language:
 * every figure as text ("12", "83%", "4,2", or "&lt; 5" when suppressed, never 0), every group by its name, and the
 * breakdowns as {@link BarChart}s. The order of the charts follows the issue: participation by status, sector and
 * institution; completion rate per cohort or trajectory; attendance per session; evaluation per item.
 */
@Component
class ReportContent {

    /** The names a report's ids are shown by; whatever is missing shows as its id. */
    record Names(String name, String context, Map<String, String> cohorts, Map<String, String> trajectories,
                 Map<String, String> items, Link upLink) {

        Names {
            cohorts = cohorts == null ? Map.of() : cohorts;
            trajectories = trajectories == null ? Map.of() : trajectories;
            items = items == null ? Map.of() : items;
        }
    }

    private final MessageSource messages;
    private final Formats formats;

    ReportContent(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    ReportPage page(ReportScope scope, String id, Period period, Report report, Names names) {
        Texts t = new Texts(report.minimumGroupSize());
        List<BarChart> charts = new ArrayList<>();
        charts.add(status(report, t));
        charts.add(BarChart.of("chart-sector", t.text("report.chart.sector.title"), t.text("report.chart.sector.group"),
                t.text("report.chart.participants"), Kind.COUNT, groups(report.participation().bySector(),
                        key -> t.group(key, "sector." + key), t::count)));
        charts.add(BarChart.of("chart-institution", t.text("report.chart.institution.title"),
                t.text("report.chart.institution.group"), t.text("report.chart.participants"), Kind.COUNT,
                groups(report.participation().byInstitution(), key -> t.group(key, null), t::count)));
        if (scope != ReportScope.COHORT) {
            charts.add(completion(scope, report, names, t));
        }
        charts.add(BarChart.of("chart-attendance", t.text("report.chart.attendance.title"),
                t.text("report.chart.attendance.group"), t.text("report.chart.attendance.value"), Kind.RATE,
                groups(report.sessions().attendanceRatePerSession(), key -> t.text("report.session", key), t::rate)));
        charts.add(BarChart.of("chart-evaluation", t.text("report.chart.evaluation.title"),
                t.text("report.chart.evaluation.group"), t.text("report.chart.evaluation.value"), Kind.AVERAGE,
                groups(inOrder(report.evaluation().averagePerItem(), names.items().keySet()),
                        key -> names.items().getOrDefault(key, key), t::number)));

        return new ReportPage(scope, id, names.name(), names.context(), periodText(scope, period, t), period,
                report.aggregatesOnly(), t.suppressed(), t.text("report.suppressed.explanation", t.suppressed(),
                String.valueOf(report.minimumGroupSize())), keyFigures(report, t), List.copyOf(charts),
                tables(report, t), names.upLink());
    }

    private String periodText(ReportScope scope, Period period, Texts t) {
        if (period == null) {
            return t.text("report.period.all." + scope.key());
        }
        Integer year = period.schoolYear();
        String from = formats.date(period.from());
        String to = formats.date(period.to());
        return year != null ? t.text("report.period.schoolYear", String.valueOf(year), String.valueOf(year + 1), from, to)
                : t.text("report.period.range", from, to);
    }

    private static BarChart status(Report report, Texts t) {
        var p = report.participation();
        List<Entry> entries = List.of(
                new Entry(t.text("report.status.CONFIRMED"), p.confirmed(), t.count(p.confirmed()), null),
                new Entry(t.text("report.status.WAITLISTED"), p.waitlisted(), t.count(p.waitlisted()), null),
                new Entry(t.text("report.status.WITHDRAWN"), p.withdrawn(), t.count(p.withdrawn()), null),
                new Entry(t.text("report.status.COMPLETED"), p.completed(), t.count(p.completed()), null));
        return BarChart.of("chart-status", t.text("report.chart.status.title"), t.text("report.chart.status.group"),
                t.text("report.chart.participants"), Kind.COUNT, entries);
    }

    /**
     * Completion per cohort (a trajectory's report) or per trajectory (a coalition's): every part the API gives a
     * rate for (those with a completed cohort), and every other part known by name with "no completed cohort yet".
     */
    private static BarChart completion(ReportScope scope, Report report, Names names, Texts t) {
        boolean coalition = scope == ReportScope.COALITION;
        Map<String, Figure> rates = coalition ? report.cohorts().completionRatePerTrajectory()
                : report.cohorts().completionRatePerCohort();
        Map<String, String> known = coalition ? names.trajectories() : names.cohorts();
        Map<String, String> parts = new LinkedHashMap<>(known);
        rates.keySet().forEach(part -> parts.putIfAbsent(part, t.text(coalition ? "report.unknownTrajectory"
                : "report.unknownCohort", shortId(part))));
        String page = coalition ? "/reports/trajectories/" : "/reports/cohorts/";
        List<Entry> entries = new ArrayList<>();
        parts.forEach((part, label) -> {
            Figure rate = rates.get(part);
            entries.add(new Entry(label, rate, rate == null ? t.text("report.completion.none") : t.rate(rate),
                    page + part));
        });
        String kind = coalition ? "trajectory" : "cohort";
        return BarChart.of("chart-completion", t.text("report.chart.completion." + kind + ".title"),
                t.text("report.chart.completion." + kind + ".group"), t.text("report.chart.completion.value"),
                Kind.RATE, entries);
    }

    private static FigureTable keyFigures(Report report, Texts t) {
        var p = report.participation();
        var s = report.sessions();
        return new FigureTable("figures-key", t.text("report.table.key.title"), List.of(
                t.plain("report.figure.cohorts", report.cohorts().total()),
                t.plain("report.figure.cohortsCompleted", report.cohorts().completed()),
                t.row("report.figure.enrolled", p.enrolled(), t.count(p.enrolled())),
                t.row("report.figure.completionRate", p.completionRate(), t.rate(p.completionRate())),
                t.row("report.figure.attendanceRate", s.attendanceRate(), t.rate(s.attendanceRate())),
                t.plain("report.figure.sessionsHeld", s.held()),
                t.plain("report.figure.sessionsPlanned", s.planned()),
                t.plain("report.figure.sessionsCancelled", s.cancelled())));
    }

    private static List<FigureTable> tables(Report report, Texts t) {
        var q = report.developmentQuestions();
        var i = report.interventions();
        var r = report.reflections();
        return List.of(
                new FigureTable("figures-questions", t.text("report.table.questions.title"), List.of(
                        t.row("report.figure.questionsLogged", q.logged(), t.count(q.logged())),
                        t.row("report.figure.averageRefinements", q.averageRefinements(), t.number(q.averageRefinements())),
                        t.row("report.figure.becameTeamQuestions", q.becameTeamQuestions(), t.count(q.becameTeamQuestions())),
                        t.row("report.figure.teamQuestionShare", q.teamQuestionShare(), t.rate(q.teamQuestionShare())))),
                new FigureTable("figures-interventions", t.text("report.table.interventions.title"), List.of(
                        t.row("report.figure.interventionsPlanned", i.planned(), t.count(i.planned())),
                        t.row("report.figure.interventionsCarriedOut", i.carriedOut(), t.count(i.carriedOut())),
                        t.row("report.figure.interventionsWithFeedback", i.withFeedback(), t.count(i.withFeedback())),
                        t.row("report.figure.actionPlans", i.actionPlans(), t.count(i.actionPlans())),
                        t.row("report.figure.compact", i.compact(), t.count(i.compact())))),
                new FigureTable("figures-reflections", t.text("report.table.reflections.title"), List.of(
                        t.row("report.figure.reflectionsWritten", r.written(), t.count(r.written())),
                        t.row("report.figure.casesAnalysed", r.casesAnalysed(), t.count(r.casesAnalysed())),
                        t.row("report.figure.evaluationResponses", report.evaluation().responses(),
                                t.count(report.evaluation().responses())))));
    }

    private static List<Entry> groups(Map<String, Figure> groups, java.util.function.Function<String, String> label,
                                      java.util.function.Function<Figure, String> value) {
        List<Entry> entries = new ArrayList<>();
        groups.forEach((key, figure) -> entries.add(new Entry(label.apply(key), figure, value.apply(figure), null)));
        return entries;
    }

    /** The groups in the order participants read the items, those no trajectory labels after them as the API gave them. */
    private static Map<String, Figure> inOrder(Map<String, Figure> groups, java.util.Collection<String> order) {
        Map<String, Figure> ordered = new LinkedHashMap<>();
        order.forEach(key -> {
            if (groups.containsKey(key)) {
                ordered.put(key, groups.get(key));
            }
        });
        groups.forEach(ordered::putIfAbsent);
        return ordered;
    }

    /** The first part of an id, enough to tell two unknown parts apart. */
    private static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }

    /** Words and figures in the reader's language, for one report (its minimum group size). */
    private final class Texts {

        private final Locale locale = LocaleContextHolder.getLocale();
        private final String suppressed;

        Texts(int minimumGroupSize) {
            this.suppressed = text("report.suppressed.value", String.valueOf(minimumGroupSize));
        }

        String text(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }

        String suppressed() {
            return suppressed;
        }

        /**
         * A group's name: the groups the API names itself ("other", "unknown") in the reader's words, a sector by
         * its name where Koers has one, anything else (an institution) as it is.
         */
        String group(String key, String messageKey) {
            String own = messages.getMessage("report.group." + key, null, null, locale);
            if (own != null) {
                return own;
            }
            String named = messageKey == null ? null : messages.getMessage(messageKey, null, null, locale);
            return named != null ? named : key;
        }

        String count(Figure figure) {
            return shown(figure, () -> formats.number(Math.round(figure.value())));
        }

        String rate(Figure figure) {
            return shown(figure, () -> formats.percent(figure.value()));
        }

        String number(Figure figure) {
            return shown(figure, () -> formats.number(figure.value()));
        }

        private String shown(Figure figure, java.util.function.Supplier<String> value) {
            if (figure == null || (!figure.suppressed() && figure.value() == null)) {
                return text("report.figure.none");
            }
            return figure.suppressed() ? suppressed : value.get();
        }

        Row row(String key, Figure figure, String value) {
            return new Row(text(key), value, figure != null && figure.suppressed());
        }

        /** A count that is not about people (cohorts, sessions), which is always shown. */
        Row plain(String key, long count) {
            return new Row(text(key), formats.number(count), false);
        }
    }
}
