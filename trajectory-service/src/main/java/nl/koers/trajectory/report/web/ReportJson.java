package nl.koers.trajectory.report.web;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.koers.trajectory.report.Figure;
import nl.koers.trajectory.report.OutcomeReport;
import nl.koers.trajectory.report.Suppression;

/**
 * A report as JSON: sections of figures, a breakdown as an object of groups. A shown figure is a plain number,
 * a suppressed one {@code {"suppressed": true}} (never 0), a figure with nothing to compute it from null.
 */
final class ReportJson {

    private static final Map<String, Object> SUPPRESSED = Map.of("suppressed", true);

    private ReportJson() {
    }

    static Map<String, Object> of(OutcomeReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scope", report.scope().name());
        json.put("id", report.id());
        if (report.from() != null) {
            json.put("from", report.from().toString());
            json.put("to", report.to().toString());
        }
        json.put("aggregatesOnly", report.aggregatesOnly());
        json.put("minimumGroupSize", Suppression.MINIMUM_GROUP);
        Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
        for (OutcomeReport.Line line : report.lines()) {
            Map<String, Object> section = sections.computeIfAbsent(line.section(), s -> new LinkedHashMap<>());
            if (line.key() == null) {
                section.put(line.figure(), value(line.value()));
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> groups = (Map<String, Object>) section.computeIfAbsent(line.figure(),
                        f -> new LinkedHashMap<String, Object>());
                groups.put(line.key(), value(line.value()));
            }
        }
        json.putAll(sections);
        return json;
    }

    private static Object value(Figure figure) {
        return figure.isSuppressed() ? SUPPRESSED : figure.value();
    }
}
