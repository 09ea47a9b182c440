package nl.koers.web.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.Part;
import nl.koers.web.api.Parts;
import nl.koers.web.api.ServiceUnavailable;
import nl.koers.web.report.ReportContent.Names;
import nl.koers.web.report.ReportModels.Cohort;
import nl.koers.web.report.ReportModels.EvaluationItems;
import nl.koers.web.report.ReportModels.Report;
import nl.koers.web.report.ReportModels.Trajectory;
import nl.koers.web.report.ReportPage.Link;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads a report with the names it is shown by, all at once (the report and its names come from two services),
 * for the page and the PDF alike. The report decides: when the API answers 404 the reader may not read it (or it
 * does not exist), and that is the page's answer; when its service is away, so is the page. A name that cannot be
 * read only falls back to its id.
 */
@Component
class ReportLoader {

    /** Evaluation items are per trajectory; a coalition report asks the first few of its trajectories for labels. */
    static final int MAX_TRAJECTORIES_FOR_LABELS = 10;

    private final ReportApi api;
    private final Parts parts;
    private final ReportContent content;
    private final MessageSource messages;

    ReportLoader(ReportApi api, Parts parts, ReportContent content, MessageSource messages) {
        this.api = api;
        this.parts = parts;
        this.content = content;
        this.messages = messages;
    }

    ReportPage coalition(String id, Period period) {
        var report = parts.load(() -> api.report(ReportScope.COALITION, id, period));
        var trajectories = parts.load(() -> optional(() -> api.trajectoriesOf(id)));
        Report shown = required(report.get());
        List<Trajectory> known = value(trajectories.get(), List.<Trajectory>of()).stream()
                .sorted(Comparator.comparing(Trajectory::title, String.CASE_INSENSITIVE_ORDER)).toList();
        var labels = known.stream().limit(MAX_TRAJECTORIES_FOR_LABELS)
                .map(t -> parts.load(() -> optional(() -> api.evaluationItems(t.id())))).toList();
        Map<String, String> titles = new LinkedHashMap<>();
        known.forEach(t -> titles.put(t.id().toString(), t.title()));
        Map<String, String> items = new LinkedHashMap<>();
        labels.forEach(loading -> addLabels(items, value(loading.get(), null)));
        return content.page(ReportScope.COALITION, id, period, shown, new Names(text("report.coalition.name", id), text("report.context.coalition"),
                Map.of(), titles, items, null));
    }

    ReportPage trajectory(UUID id) {
        var report = parts.load(() -> api.report(ReportScope.TRAJECTORY, id.toString(), null));
        var trajectory = parts.load(() -> optional(() -> api.trajectory(id)));
        var cohorts = parts.load(() -> optional(() -> api.cohortsOf(id)));
        var items = parts.load(() -> optional(() -> api.evaluationItems(id)));
        Report shown = required(report.get());
        Trajectory about = value(trajectory.get(), null);
        Map<String, String> names = new LinkedHashMap<>();
        value(cohorts.get(), List.<Cohort>of()).forEach(c -> names.put(c.id().toString(), c.name()));
        Map<String, String> labels = new LinkedHashMap<>();
        addLabels(labels, value(items.get(), null));
        String title = about != null ? about.title() : text("report.unknownTrajectory", shortId(id));
        String context = about != null && about.organiser() != null && !about.organiser().isBlank()
                ? text("report.context.trajectoryBy", about.organiser()) : text("report.context.trajectory");
        return content.page(ReportScope.TRAJECTORY, id.toString(), null, shown,
                new Names(title, context, names, Map.of(), labels, null));
    }

    ReportPage cohort(UUID id) {
        var report = parts.load(() -> api.report(ReportScope.COHORT, id.toString(), null));
        var cohort = parts.load(() -> optional(() -> api.cohort(id)));
        Report shown = required(report.get());
        Cohort about = value(cohort.get(), null);
        Trajectory trajectory = null;
        Map<String, String> labels = new LinkedHashMap<>();
        if (about != null && about.trajectoryId() != null) {
            var ofTrajectory = parts.load(() -> optional(() -> api.trajectory(about.trajectoryId())));
            var items = parts.load(() -> optional(() -> api.evaluationItems(about.trajectoryId())));
            trajectory = value(ofTrajectory.get(), null);
            addLabels(labels, value(items.get(), null));
        }
        String name = about != null ? about.name() : text("report.unknownCohort", shortId(id));
        String context = trajectory != null ? text("report.context.cohortOf", trajectory.title())
                : text("report.context.cohort");
        Link up = about != null && about.trajectoryId() != null ? new Link(ReportScope.TRAJECTORY.page(
                about.trajectoryId().toString()), text("report.link.trajectory")) : null;
        return content.page(ReportScope.COHORT, id.toString(), null, shown,
                new Names(name, context, Map.of(), Map.of(), labels, up));
    }

    private static Report required(Part<Report> report) {
        if (report.unavailable()) {
            throw new ServiceUnavailable("trajectory-service did not answer the report", null);
        }
        return report.value();
    }

    private static <T> T value(Part<T> part, T otherwise) {
        return part.available() && part.value() != null ? part.value() : otherwise;
    }

    /** A name's answer, or null when the API refuses it: a name that cannot be read never stops the report. */
    private static <T> T optional(Supplier<T> read) {
        try {
            return read.get();
        } catch (ApiProblem refused) {
            return null;
        }
    }

    private static void addLabels(Map<String, String> labels, EvaluationItems items) {
        if (items != null) {
            items.items().forEach(item -> labels.putIfAbsent(item.key(), item.label()));
        }
    }

    private String text(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, locale);
    }

    private static String shortId(UUID id) {
        return id.toString().substring(0, 8);
    }
}
