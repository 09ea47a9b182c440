package nl.koers.enrolment.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koers.enrolment.ServiceIT;
import nl.koers.testsupport.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the invitation operations' annotations put in the OpenAPI document. */
class InvitationApiDocumentServiceIT extends ServiceIT {

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
    void anUploadIsAMultipartFormOfCohortAndFileAnswered201WithItsLocation() {
        JsonNode upload = operations.get("uploadInvitationList");

        JsonNode form = upload.at("/requestBody/content/multipart~1form-data/schema");
        JsonNode schema = form.has("$ref") ? document.at("/components/schemas/"
                + form.get("$ref").asString().substring("#/components/schemas/".length())) : form;
        assertThat(schema.get("properties").propertyNames()).containsExactlyInAnyOrder("cohortId", "file");
        assertThat(schema.at("/properties/file/format").asString()).isEqualTo("binary");
        assertThat(schema.get("required").valueStream().map(JsonNode::asString)).contains("cohortId", "file");
        assertThat(upload.path("parameters").valueStream().map(p -> p.get("name").asString()))
                .doesNotContain("cohortId");
        JsonNode responses = upload.get("responses");
        assertThat(responses.has("201")).isTrue();
        assertThat(responses.has("200")).isFalse();
        assertThat(responses.get("201").get("headers").has("Location")).isTrue();
        assertThat(responses.at("/201/content/application~1json/schema/$ref").asString()).endsWith("/UploadView");
        assertThat(statuses(responses)).containsAll(List.of("400", "401", "403", "404", "409", "413"));
    }

    @Test
    void lookupAndAcceptanceListAnUnknownTokenAndAcceptanceAnExpiredOne() {
        assertThat(statuses(operations.get("lookUpInvitation").get("responses"))).contains("404");
        JsonNode acceptance = operations.get("acceptInvitation").get("responses");
        assertThat(statuses(acceptance)).contains("200", "201", "404", "409", "410");
        assertThat(acceptance.at("/410/$ref").asString()).endsWith("/Gone");
        assertThat(acceptance.at("/201/content/application~1json/schema/$ref").asString()).endsWith("/AcceptanceView");
        assertThat(acceptance.at("/200/content/application~1json/schema/$ref").asString()).endsWith("/AcceptanceView");
        assertThat(acceptance.at("/201/headers").has("Location")).isTrue();
        assertThat(statuses(operations.get("confirmInvitationUpload").get("responses"))).contains("200", "404", "409");
    }

    private static List<String> statuses(JsonNode responses) {
        return responses.propertyNames().stream().toList();
    }
}
