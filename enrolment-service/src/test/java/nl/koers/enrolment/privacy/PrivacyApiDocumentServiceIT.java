package nl.koers.enrolment.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koers.enrolment.ServiceIT;
import nl.koers.testsupport.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the privacy operations' annotations put in the OpenAPI document: true success codes (202 with its Location
 * for a new erasure, 200 for a pending one), every problem answer they can give, and an example request body. The
 * document is kept in target/openapi for the contract checkers.
 */
class PrivacyApiDocumentServiceIT extends ServiceIT {

    private JsonNode document;
    private final Map<String, JsonNode> operations = new LinkedHashMap<>();

    @BeforeEach
    void read() throws IOException {
        Api.Response response = api.get("/v3/api-docs", null);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        document = response.json();
        Files.createDirectories(Path.of("target", "openapi"));
        Files.writeString(Path.of("target", "openapi", "enrolment.json"), response.raw());
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations.put(operation.getValue().get("operationId").asString(), operation.getValue());
            }
        }
    }

    @Test
    void aNewErasureIs202WithItsLocationAndAPendingOne200() {
        JsonNode responses = operations.get("requestErasure").get("responses");

        assertThat(responses.get("202").get("headers").has("Location")).isTrue();
        assertThat(responses.get("202").get("content").get("application/json").get("schema").get("$ref").asString())
                .endsWith("/ErasureView");
        assertThat(responses.get("200").get("content").get("application/json").get("schema").get("$ref").asString())
                .endsWith("/ErasureView");
        assertThat(statuses(responses)).containsAll(List.of("400", "401", "403", "404", "409"));
        JsonNode body = operations.get("requestErasure").get("requestBody");
        assertThat(body.path("required").asBoolean(false)).as("the body may be left out").isFalse();
        assertThat(document.at("/components/schemas/ErasureRequest/properties/participantId/example").asString())
                .isNotBlank();
    }

    @Test
    void listsTheProblemsEveryPrivacyReadCanAnswer() {
        assertThat(statuses(operations.get("getErasure").get("responses"))).containsAll(List.of("400", "401", "403",
                "404"));
        assertThat(statuses(operations.get("listErasures").get("responses"))).containsAll(List.of("400", "401",
                "403"));
        assertThat(statuses(operations.get("listAuditEntries").get("responses"))).containsAll(List.of("400", "401",
                "403"));
        assertThat(statuses(operations.get("exportEnrolmentData").get("responses"))).containsAll(List.of("401",
                "403"));
        assertThat(operations.get("listAuditEntries").get("parameters").valueStream()
                .map(p -> p.get("name").asString())).containsExactlyInAnyOrder("actor", "action", "recordType",
                "record", "service", "from", "to", "page", "size");
    }

    private static List<String> statuses(JsonNode responses) {
        return responses.propertyNames().stream().toList();
    }
}
