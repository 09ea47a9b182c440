package nl.koers.system.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The API contracts as a client developer meets them: each service's OpenAPI and AsyncAPI document, fetched
 * from the running stack's gateway, checked by external tools nobody here wrote, at 0 errors and 0 warnings:
 * Redocly's {@code recommended} rules and Spectral's {@code spectral:oas} on the OpenAPI documents, the
 * AsyncAPI parser (core and recommended rules) on the AsyncAPI documents. The documents and each checker's
 * full output stay in {@code target/contracts/}. Then what generated clients need across the three documents:
 * operationIds that are unique and carry no springdoc numeric suffix, and no {@code caller} parameter.
 */
class ApiContractsIT {

    @BeforeAll
    static void checkersAreInstalled() {
        Checkers.requireInstalled();
    }

    static Stream<String> services() {
        return ApiDocuments.SERVICES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void redoclyRecommendedRulesFindNothingInTheOpenApiDocument(String service) {
        assertClean(Checkers.redocly(openApiFile(service)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void spectralOasRulesFindNothingInTheOpenApiDocument(String service) {
        assertClean(Checkers.spectral(openApiFile(service)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void asyncApiParserFindsNothingInTheAsyncApiDocument(String service) {
        ApiDocuments.Fetched document = ApiDocuments.asyncApi(service);
        assertThat(document.served()).withFailMessage(document.problem()).isTrue();
        assertClean(Checkers.asyncApiParser(document.file()));
    }

    @Test
    void operationIdsAreUniqueAcrossTheServicesAndCarryNoNumericSuffix() {
        Map<String, List<String>> byId = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String service : ApiDocuments.SERVICES) {
            for (Operation operation : ApiDocuments.parsedOpenApi(service).operations()) {
                String where = service + " " + operation.method() + " " + operation.path();
                if (!operation.node().hasNonNull("operationId")) {
                    problems.add("no operationId: " + where);
                    continue;
                }
                String id = operation.operationId();
                byId.computeIfAbsent(id, key -> new ArrayList<>()).add(where);
                if (id.matches(".*_\\d+")) {
                    problems.add("springdoc's numeric suffix (two handlers with one method name): " + id + " at " + where);
                }
            }
        }
        byId.forEach((id, where) -> {
            if (where.size() > 1) {
                problems.add("operationId " + id + " is used " + where.size() + " times: " + String.join("; ", where));
            }
        });
        assertThat(problems).withFailMessage(() -> problems.size() + " operationId problems across the three documents:\n  "
                + String.join("\n  ", problems)).isEmpty();
    }

    @Test
    void noOperationTakesTheCallerAsAParameter() {
        List<String> problems = new ArrayList<>();
        for (String service : ApiDocuments.SERVICES) {
            for (Operation operation : ApiDocuments.parsedOpenApi(service).operations()) {
                operation.parameters().stream().filter(p -> p.path("name").asString().equalsIgnoreCase("caller"))
                        .forEach(p -> problems.add(operation + " has a " + p.path("in").asString() + " parameter 'caller'"));
            }
        }
        assertThat(problems).withFailMessage(() -> "The authenticated caller comes from the token, never from the request; "
                + problems.size() + " operations document it as a parameter:\n  " + String.join("\n  ", problems)).isEmpty();
    }

    private static Path openApiFile(String service) {
        ApiDocuments.Fetched document = ApiDocuments.openApi(service);
        assertThat(document.served()).withFailMessage(document.problem()).isTrue();
        return document.file();
    }

    private static void assertClean(Checkers.Report report) {
        assertThat(report.clean()).withFailMessage(report::describe).isTrue();
    }
}
