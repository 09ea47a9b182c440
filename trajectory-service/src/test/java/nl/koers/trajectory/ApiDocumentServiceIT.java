package nl.koers.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.koers.testsupport.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What this service's own annotations put in its OpenAPI document (the shared customizer adds security and
 * errors): an operationId of verb and noun per operation, unique across the three services; a summary and a
 * description each; tags that say what they are about; true success codes; the media types really answered
 * (iCalendar, CSV); and a typed report instead of an untyped object.
 */
class ApiDocumentServiceIT extends ServiceIT {

    /** The operationIds, each used once in Koers; enrolment-service and reflection-service use none of them. */
    private static final Set<String> OPERATIONS = Set.of(
            "createTrajectory", "reviseTrajectory", "listTrajectories", "getTrajectory",
            "planCohort", "listTrajectoryCohorts", "listOpenCohorts", "getCohort", "openCohortEnrolment",
            "closeCohortEnrolment", "cancelCohort", "completeCohort",
            "listMyCohorts", "listCohortParticipants",
            "scheduleSession", "scheduleSessionsFromBlueprint", "listCohortSessions", "listUpcomingSessions",
            "getSession", "reviseSession", "cancelSession",
            "recordSessionAttendance", "getSessionAttendance", "listCohortAttendance",
            "createInstrument", "listInstruments", "getInstrument",
            "logDevelopmentQuestion", "listDevelopmentQuestions", "getDevelopmentQuestion",
            "refineDevelopmentQuestion", "changeDevelopmentQuestionVisibility",
            "getStakeholderMap", "saveStakeholderMap",
            "createCalendarSubscription", "getCalendarSubscription", "revokeCalendarSubscription", "getCalendarFeed",
            "getCohortReport", "getTrajectoryReport", "getCoalitionReport",
            "exportTrajectoryData");

    private JsonNode document;
    private final Map<String, JsonNode> operations = new LinkedHashMap<>();

    @BeforeEach
    void read() {
        Api.Response response = api.get("/v3/api-docs", null);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        document = response.json();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations.put(operation.getValue().get("operationId").asString(), operation.getValue());
            }
        }
    }

    @Test
    void namesEveryOperationOnceAfterItsHandler() {
        assertThat(document.get("info").get("title").asString()).isEqualTo("Koers trajectory API");
        assertThat(document.get("info").get("description").asString()).contains("/asyncapi/trajectory");
        assertThat(operations.keySet()).containsExactlyInAnyOrderElementsOf(OPERATIONS);
    }

    @Test
    void describesEveryOperationAndTag() {
        Set<String> tags = new HashSet<>();
        operations.forEach((id, operation) -> {
            String summary = operation.path("summary").asString("");
            assertThat(summary).as(id).isNotBlank().hasSizeLessThan(60).doesNotEndWith(".");
            assertThat(operation.path("description").asString("")).as(id).hasSizeGreaterThan(20);
            operation.get("tags").values().forEach(tag -> tags.add(tag.asString()));
        });
        Map<String, String> described = new LinkedHashMap<>();
        document.get("tags").values().forEach(tag -> described.put(tag.get("name").asString(),
                tag.path("description").asString("")));
        assertThat(described.keySet()).containsAll(tags);
        assertThat(described.values()).allSatisfy(description -> assertThat(description).hasSizeGreaterThan(20));
    }

    @Test
    void documentsTheTrueSuccessCodes() {
        for (String created : List.of("createTrajectory", "planCohort", "scheduleSession",
                "scheduleSessionsFromBlueprint", "createInstrument", "logDevelopmentQuestion",
                "refineDevelopmentQuestion", "createCalendarSubscription")) {
            assertThat(successCodes(created)).as(created).containsExactly("201");
        }
        assertThat(successCodes("revokeCalendarSubscription")).containsExactly("204");
        assertThat(successCodes("getCohort")).containsExactly("200");
    }

    @Test
    void documentsTheCalendarAsICalendarAndReportsAsJsonOrCsv() {
        assertThat(operations.get("getCalendarFeed").at("/responses/200/content").propertyNames())
                .containsExactly("text/calendar");
        for (String report : List.of("getCohortReport", "getTrajectoryReport", "getCoalitionReport")) {
            JsonNode content = operations.get(report).at("/responses/200/content");
            assertThat(content.propertyNames()).as(report).containsExactlyInAnyOrder("application/json", "text/csv");
            assertThat(content.at("/application~1json/schema/$ref").asString())
                    .isEqualTo("#/components/schemas/ReportView");
            assertThat(content.at("/text~1csv/schema/type").asString()).isEqualTo("string");
            assertThat(operations.get(report).path("parameters").toString()).doesNotContain("caller");
        }
    }

    @Test
    void typesTheReportSectionByFigure() {
        JsonNode schemas = document.at("/components/schemas");
        JsonNode report = schemas.get("ReportView").get("properties");

        assertThat(report.propertyNames()).containsExactly("scope", "id", "from", "to", "aggregatesOnly",
                "minimumGroupSize", "cohorts", "participation", "sessions", "developmentQuestions", "interventions",
                "reflections", "evaluation");
        assertThat(report.at("/participation/$ref").asString()).isEqualTo("#/components/schemas/ParticipationFigures");
        assertThat(schemas.at("/ParticipationFigures/properties/withdrawn/$ref").asString())
                .isEqualTo("#/components/schemas/ReportFigure");
        assertThat(schemas.at("/ReportFigure/oneOf").toString()).contains("number", "Suppressed");
    }

    @Test
    void documentsTheExportPartAndTheRetentionPeriod() {
        JsonNode export = operations.get("exportTrajectoryData");
        assertThat(export.at("/responses/200/content/application~1json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/TrajectoryExportView");
        assertThat(export.get("responses").propertyNames()).contains("401", "403");
        assertThat(export.get("tags").get(0).asString()).isEqualTo("Privacy");
        JsonNode schemas = document.at("/components/schemas");
        assertThat(schemas.at("/TrajectoryExportView/properties").propertyNames()).containsExactly("part",
                "participantId", "exportedAt", "cohorts", "attendance", "developmentQuestions", "stakeholderMaps",
                "calendarSubscription");
        JsonNode retention = schemas.at("/TrajectoryRequest/properties/retentionMonths");
        assertThat(retention.get("minimum").asInt()).isEqualTo(1);
        assertThat(retention.get("maximum").asInt()).isEqualTo(120);
        assertThat(schemas.at("/TrajectoryView/properties").propertyNames())
                .contains("retentionMonths", "retentionIsDefault");
    }

    private List<String> successCodes(String operation) {
        return operations.get(operation).get("responses").propertyNames().stream()
                .filter(code -> code.startsWith("2")).toList();
    }
}
