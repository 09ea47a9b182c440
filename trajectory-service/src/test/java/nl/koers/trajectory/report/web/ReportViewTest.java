package nl.koers.trajectory.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map.Entry;
import java.util.Map;
import nl.koers.trajectory.report.Figure;
import nl.koers.trajectory.report.OutcomeReport;
import nl.koers.trajectory.report.Suppression;
import nl.koers.trajectory.report.Tally;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The typed report view writes the JSON the web app, the system tests and the bench read: every figure of the
 * report under its section, a shown one a number, a suppressed one {"suppressed": true}, one with nothing to
 * compute it from null. Checked against the report's lines themselves, so a figure added to the report but not
 * to the view fails here.
 */
class ReportViewTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Tally tally = new Tally(counters());

    @Test
    void showsEveryLineOfTheReportUnderItsSectionAndFigure() {
        for (Suppression suppression : List.of(Suppression.none(), Suppression.forAggregatesOnly())) {
            OutcomeReport report = OutcomeReport.of(OutcomeReport.Scope.COALITION, "teams-aan-zet",
                    LocalDate.of(2025, 8, 1), LocalDate.of(2026, 7, 31), tally, Map.of(), suppression);
            JsonNode typed = JSON.valueToTree(ReportView.of(report));
            JsonNode lines = JSON.valueToTree(byLines(report));

            assertThat(paths(lines, "")).allSatisfy((path, value) ->
                    assertThat(typed.at(path)).as(path).isEqualTo(value));
            // What the view adds is a breakdown without groups, which the lines leave out.
            Map<String, JsonNode> added = paths(typed, "");
            added.keySet().removeAll(paths(lines, "").keySet());
            assertThat(added.values()).allSatisfy(value -> assertThat(value.isEmpty() && value.isObject()).isTrue());
        }
    }

    @Test
    void writesShownSuppressedAndMissingFiguresAsNumberObjectAndNull() {
        OutcomeReport report = OutcomeReport.of(OutcomeReport.Scope.COHORT, "c-1", null, null,
                new Tally(Map.of("cohorts", 1L, "participation.enrolled", 27L, "participation.withdrawn", 2L)), Map.of(),
                Suppression.forAggregatesOnly());

        JsonNode json = JSON.valueToTree(ReportView.of(report));

        assertThat(json.get("participation").get("enrolled").isIntegralNumber()).isTrue();
        assertThat(json.get("participation").get("enrolled").asLong()).isEqualTo(27);
        assertThat(json.get("participation").get("withdrawn").toString()).isEqualTo("{\"suppressed\":true}");
        assertThat(json.get("participation").get("completionRate").isNull()).isTrue();
        assertThat(json.get("cohorts").get("total").asLong()).isEqualTo(1);
        assertThat(json.get("aggregatesOnly").asBoolean()).isTrue();
        assertThat(json.get("minimumGroupSize").asInt()).isEqualTo(Suppression.MINIMUM_GROUP);
        assertThat(json.has("report")).as("the report behind the view is not written").isFalse();
    }

    /** The report as JSON straight from its lines, as the controller wrote it before it had a view. */
    private static Map<String, Object> byLines(OutcomeReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scope", report.scope().name());
        json.put("id", report.id());
        json.put("from", report.from() == null ? null : report.from().toString());
        json.put("to", report.to() == null ? null : report.to().toString());
        json.put("aggregatesOnly", report.aggregatesOnly());
        json.put("minimumGroupSize", Suppression.MINIMUM_GROUP);
        for (OutcomeReport.Line line : report.lines()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> section = (Map<String, Object>) json.computeIfAbsent(line.section(),
                    s -> new LinkedHashMap<String, Object>());
            if (line.key() == null) {
                section.put(line.figure(), value(line.value()));
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> groups = (Map<String, Object>) section.computeIfAbsent(line.figure(),
                        f -> new LinkedHashMap<String, Object>());
                groups.put(line.key(), value(line.value()));
            }
        }
        return json;
    }

    private static Object value(Figure figure) {
        return figure.isSuppressed() ? Map.of("suppressed", true) : figure.value();
    }

    /** Every leaf (and every empty object) of {@code node} by its JSON pointer. */
    private static Map<String, JsonNode> paths(JsonNode node, String at) {
        Map<String, JsonNode> paths = new LinkedHashMap<>();
        if (node.isObject() && !node.isEmpty() && !node.has("suppressed")) {
            for (Entry<String, JsonNode> property : new ArrayList<>(node.properties())) {
                paths.putAll(paths(property.getValue(), at + "/" + property.getKey()));
            }
        } else {
            paths.put(at, node);
        }
        return paths;
    }

    private static Map<String, Long> counters() {
        Map<String, Long> c = new LinkedHashMap<>();
        c.put("cohorts", 3L);
        c.put("cohorts.completed", 2L);
        c.put("participation.enrolled", 27L);
        c.put("participation.confirmed", 3L);
        c.put("participation.waitlisted", 1L);
        c.put("participation.withdrawn", 2L);
        c.put("participation.completed", 22L);
        c.put("completion.enrolled", 24L);
        c.put("completion.completed", 22L);
        c.put("sector.MBO", 20L);
        c.put("sector.HBO", 7L);
        c.put("sector.unknown", 2L);
        c.put("institution.ROC Midden", 26L);
        c.put("institution.ROC Zuid", 1L);
        c.put("sessions.held", 5L);
        c.put("sessions.cancelled", 1L);
        c.put("sessions.planned", 2L);
        c.put("attendance.present", 90L);
        c.put("attendance.marked", 100L);
        c.put("session.1.held", 1L);
        c.put("session.1.present", 20L);
        c.put("session.1.marked", 25L);
        c.put("session.2.held", 1L);
        c.put("session.2.present", 2L);
        c.put("session.2.marked", 3L);
        c.put("questions.logged", 20L);
        c.put("questions.refinements", 30L);
        c.put("questions.becameTeam", 4L);
        c.put("interventions.planned", 6L);
        c.put("interventions.carriedOut", 5L);
        c.put("interventions.withFeedback", 3L);
        c.put("interventions.actionPlans", 2L);
        c.put("interventions.compact", 1L);
        c.put("reflections.written", 40L);
        c.put("cases.analysed", 8L);
        c.put("evaluation.responses", 7L);
        c.put("evaluation.item.relevance.sum", 31L);
        c.put("evaluation.item.relevance.count", 7L);
        c.put("evaluation.item.pace.sum", 25L);
        c.put("evaluation.item.pace.count", 6L);
        return c;
    }
}
