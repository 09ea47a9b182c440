package nl.koers.defaults.apidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.koers.defaults.apidocs.sample.SampleApplication;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import org.junit.jupiter.api.BeforeEach;
import org.springdoc.core.utils.Constants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** What the sample service's OpenAPI document says about each shape of operation, as a client reads it. */
@SampleServiceTest
class OpenApiDocumentTest {

    @Autowired
    MockMvc mvc;

    /** springdoc's own, which renames clashing operationIds, is not there. */
    @Autowired
    @Qualifier(Constants.GLOBAL_OPEN_API_CUSTOMIZER)
    Object springdocsGlobalCustomizer;

    JsonNode document;

    @BeforeEach
    void fetch() {
        document = SampleDocuments.openApi(mvc);
    }

    @Test
    void describesTheServiceFromItsPropertiesAndItsBuild() {
        JsonNode info = document.get("info");
        assertThat(document.get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(info.get("title").asString()).isEqualTo("Koers sample API");
        assertThat(info.get("description").asString()).startsWith("A sample service");
        assertThat(info.get("version").asString()).isEqualTo(SampleApplication.VERSION);
        assertThat(info.at("/contact/name").asString()).isEqualTo("Koers");
        assertThat(info.at("/contact/url").asString()).startsWith("https://");
        assertThat(info.at("/contact/email").asString()).contains("@");
        assertThat(info.at("/license/name").asString()).isEqualTo("EUPL-1.2");
        assertThat(info.at("/license/url").asString()).isEqualTo(ContractInfo.LICENCE_URL);
        assertThat(document.at("/servers/0/url").asString()).isEqualTo("/");
    }

    @Test
    void needsABearerTokenExceptOnThePublicPaths() {
        JsonNode scheme = document.at("/components/securitySchemes/bearerAuth");
        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.get("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(scheme.get("description").asString()).contains("Koers identity provider", "`koers`");
        assertThat(document.at("/security/0/bearerAuth").isArray()).isTrue();

        JsonNode feed = operation("workshopCalendar");
        assertThat(feed.get("security").isArray()).isTrue();
        assertThat(feed.get("security").size()).isZero();
        assertThat(feed.get("description").asString()).endsWith(OperationShape.PUBLIC_SENTENCE);
        operations().forEach((id, operation) -> {
            if (!id.equals("workshopCalendar")) {
                assertThat(operation.has("security")).as(id).isFalse();
            }
        });
    }

    @Test
    void neverAsksForTheCallerOrThePagingAsParameters() {
        operations().forEach((id, operation) -> parameters(operation).forEach(parameter -> {
            assertThat(parameter.get("name").asString()).as(id).isNotIn("caller", "paging");
            assertThat(parameter.toString()).as(id).doesNotContain("Caller", "Paging", "Role");
        }));
        assertThat(document.at("/components/schemas").propertyNames()).doesNotContain("Caller", "Paging", "Role");
    }

    @Test
    void documentsPagingAsPageAndSizeQueryParameters() {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        parameters(operation("listWorkshops")).forEach(p -> parameters.put(p.get("name").asString(), p));

        assertThat(parameters.keySet()).containsExactly(Paging.PAGE, Paging.SIZE);
        JsonNode page = parameters.get(Paging.PAGE);
        assertThat(page.get("in").asString()).isEqualTo("query");
        assertThat(page.get("required").asBoolean()).isFalse();
        assertThat(page.get("description").asString()).isNotBlank();
        assertThat(page.at("/schema/type").asString()).isEqualTo("integer");
        assertThat(page.at("/schema/minimum").asInt()).isZero();
        assertThat(page.at("/schema/maximum").asInt()).isEqualTo(Paging.MAX_PAGE);
        assertThat(page.at("/schema/default").asInt()).isZero();
        JsonNode size = parameters.get(Paging.SIZE);
        assertThat(size.at("/schema/minimum").asInt()).isEqualTo(1);
        assertThat(size.at("/schema/maximum").asInt()).isEqualTo(PageView.MAX_SIZE);
        assertThat(size.at("/schema/default").asInt()).isEqualTo(PageView.DEFAULT_SIZE);
    }

    @Test
    void answersWithTheTrueSuccessStatusAndItsHeaders() {
        JsonNode created = operation("planWorkshop").get("responses");
        assertThat(successes(created)).containsExactly("201");
        assertThat(created.at("/201/headers/Location/schema/format").asString()).isEqualTo("uri-reference");
        assertThat(created.at("/201/headers/ETag").isMissingNode()).isFalse();

        JsonNode read = operation("getWorkshop").get("responses");
        assertThat(successes(read)).containsExactly("200");
        assertThat(read.at("/200/headers/ETag/schema/type").asString()).isEqualTo("string");
        assertThat(read.at("/200/headers/Location").isMissingNode()).isTrue();

        JsonNode cancelled = operation("cancelWorkshop").get("responses");
        assertThat(successes(cancelled)).containsExactly("204");
        assertThat(cancelled.get("204").has("content")).isFalse();
        assertThat(cancelled.get("204").has("headers")).isFalse();

        assertThat(operation("listWorkshops").at("/responses/200/headers").isMissingNode()).isTrue();
    }

    @Test
    void listsTheProblemAnswersThatEachOperationsShapeAllows() {
        Map<String, Set<String>> expected = Map.of(
                "getWorkshop", Set.of("200", "400", "401", "403", "404", "503"),
                "summariseWorkshop", Set.of("200", "400", "401", "403", "404", "503"),
                "reviseWorkshop", Set.of("200", "400", "401", "403", "404", "409", "412", "413", "415", "422", "428",
                        "503"),
                "cancelWorkshop", Set.of("204", "400", "401", "403", "404", "409", "412", "422", "503"),
                "listWorkshops", Set.of("200", "400", "401", "403", "503"),
                "planWorkshop", Set.of("201", "400", "401", "403", "409", "413", "415", "422", "503"),
                "exportWorkshops", Set.of("200", "400", "401", "403", "422", "503"),
                "workshopCalendar", Set.of("200", "400", "404", "503"));

        operations().forEach((id, operation) -> {
            JsonNode responses = operation.get("responses");
            assertThat(new TreeSet<>(responses.propertyNames())).as(id).isEqualTo(new TreeSet<>(expected.get(id)));
            responses.properties().stream().filter(r -> !r.getKey().startsWith("2")).forEach(r -> {
                String reference = r.getValue().get("$ref").asString();
                JsonNode shared = document.at(reference.substring(1));
                assertThat(shared.isMissingNode()).as(reference).isFalse();
                assertThat(shared.at("/content/application~1problem+json/schema/$ref").asString())
                        .isEqualTo("#/components/schemas/Problem");
                assertThat(shared.at("/content/application~1problem+json/example/status").asInt())
                        .isEqualTo(Integer.parseInt(r.getKey()));
            });
        });
    }

    @Test
    void sharesOneProblemSchemaAndOnlyTheResponsesItUses() {
        JsonNode problem = document.at("/components/schemas/Problem");
        assertThat(strings(problem.get("required"))).containsExactlyInAnyOrder("type", "title", "status", "detail",
                "instance");
        assertThat(problem.at("/properties/type/format").asString()).isEqualTo("uri");
        assertThat(strings(problem.at("/properties/errors/items/required")))
                .containsExactlyInAnyOrder("field", "message");

        Set<String> referenced = new TreeSet<>();
        operations().values().forEach(operation -> operation.get("responses").values().stream()
                .filter(r -> r.has("$ref")).forEach(r -> referenced.add(r.get("$ref").asString()
                        .replace("#/components/responses/", ""))));
        assertThat(new TreeSet<>(document.at("/components/responses").propertyNames())).isEqualTo(referenced);
        assertThat(document.at("/components/responses/Unauthorized/headers/WWW-Authenticate").isMissingNode())
                .isFalse();
    }

    @Test
    void answersJsonUnlessAnOperationSaysOtherwise() {
        assertThat(document.toString()).doesNotContain("*/*");
        assertThat(operation("getWorkshop").at("/responses/200/content").propertyNames())
                .containsExactly("application/json");
        assertThat(operation("planWorkshop").at("/requestBody/content").propertyNames())
                .containsExactly("application/json");
        assertThat(operation("exportWorkshops").at("/responses/200/content/text~1csv/schema/type").asString())
                .isEqualTo("string");
        assertThat(operation("workshopCalendar").at("/responses/200/content/text~1calendar/schema/type").asString())
                .isEqualTo("string");
    }

    @Test
    void listsEveryComponentOfAViewAsRequiredUnlessItMayBeNull() {
        JsonNode view = document.at("/components/schemas/WorkshopView");
        assertThat(strings(view.get("required"))).containsExactlyInAnyOrder("id", "title", "startsOn", "status",
                "facilitators", "version");
        assertThat(strings(view.at("/properties/room/type"))).containsExactly("string", "null");
        assertThat(view.at("/properties/room/description").asString()).isEqualTo("Where it is held, once known");
        assertThat(strings(view.at("/properties/previousStatus/type"))).containsExactly("string", "null");
        assertThat(view.at("/properties/previousStatus/enum").toString()).contains("null");
        assertThat(view.at("/properties/host/oneOf/0/$ref").asString()).isEqualTo("#/components/schemas/HostView");
        assertThat(view.at("/properties/host/oneOf/1/type").asString()).isEqualTo("null");
        assertThat(view.at("/properties/status/type").asString()).isEqualTo("string");

        assertThat(strings(document.at("/components/schemas/PageViewWorkshopView/required")))
                .containsExactlyInAnyOrder("items", "page", "size", "totalItems", "totalPages");
        assertThat(strings(document.at("/components/schemas/HostView/required")))
                .containsExactlyInAnyOrder("id", "displayName");
        // A request's required fields are what Bean Validation requires, not every field.
        assertThat(strings(document.at("/components/schemas/PlanWorkshopRequest/required")))
                .containsExactlyInAnyOrder("title", "startsOn");
    }

    @Test
    void leavesOutOfRequiredWhatJacksonLeavesOutWhenNull() {
        JsonNode summary = document.at("/components/schemas/WorkshopSummaryView");
        assertThat(strings(summary.get("required"))).containsExactlyInAnyOrder("workshopId", "suppressed");
        assertThat(summary.at("/properties/responses/type").asString()).isEqualTo("integer");
    }

    @Test
    void describesEveryTagItsOperationsUse() {
        assertThat(document.get("tags").size()).isEqualTo(1);
        assertThat(document.at("/tags/0/name").asString()).isEqualTo("Workshops");
        assertThat(document.at("/tags/0/description").asString()).isNotBlank();
        operations().forEach((id, operation) -> assertThat(strings(operation.get("tags"))).as(id)
                .containsExactly("Workshops"));
    }

    @Test
    void namesEachOperationAfterItsHandlerMethod() {
        assertThat(operations().keySet()).containsExactlyInAnyOrder("planWorkshop", "getWorkshop", "reviseWorkshop",
                "cancelWorkshop", "summariseWorkshop", "listWorkshops", "exportWorkshops", "workshopCalendar");
        assertThat(springdocsGlobalCustomizer).isInstanceOf(OpenApiContract.class);
        assertThat(document.toString()).doesNotContain("x-koers-handler");
    }

    @Test
    void problemAnswersCarryWhatTheProblemSchemaRequires() throws Exception {
        mvc.perform(get("/api/sessions/calendar/unknown.ics"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:koers:problem:calendar-not-found"))
                .andExpect(jsonPath("$.title").isString())
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").isString())
                .andExpect(jsonPath("$.instance").value("/api/sessions/calendar/unknown.ics"));
        mvc.perform(get("/api/workshops"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:koers:problem:unauthorized"))
                .andExpect(jsonPath("$.title").isString())
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").isString())
                .andExpect(jsonPath("$.instance").value("/api/workshops"));
    }

    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        document.get("paths").values().forEach(item -> item.values()
                .forEach(operation -> operations.put(operation.get("operationId").asString(), operation)));
        return operations;
    }

    private JsonNode operation(String id) {
        JsonNode operation = operations().get(id);
        assertThat(operation).as(id).isNotNull();
        return operation;
    }

    private static List<JsonNode> parameters(JsonNode operation) {
        return operation.has("parameters") ? List.copyOf(operation.get("parameters").values()) : List.of();
    }

    private static List<String> successes(JsonNode responses) {
        return responses.propertyNames().stream().filter(code -> code.startsWith("2")).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(v -> values.add(v.asString()));
        return values;
    }
}
