package nl.koers.defaults.apidocs;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

class OperationIdsTest {

    @RestController
    static class CohortController {
        void list() {
        }
    }

    @RestController
    static class SessionController {
        void list() {
        }

        void listCohortSessions() {
        }
    }

    @RestController
    @Hidden
    static class InternalController {
        void list() {
        }
    }

    @Test
    void refusesTwoHandlerMethodsOfOneNameAndNamesBoth() {
        assertThatThrownBy(() -> OperationIds.requireUnique(List.of(
                mapping("/api/cohorts", new CohortController(), "list"),
                mapping("/api/sessions", new SessionController(), "list"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'list'")
                .hasMessageContaining("GET /api/cohorts (" + CohortController.class.getName() + "#list)")
                .hasMessageContaining("GET /api/sessions (" + SessionController.class.getName() + "#list)");
    }

    @Test
    void acceptsDistinctNamesAndLeavesHiddenHandlersOut() {
        assertThatCode(() -> OperationIds.requireUnique(List.of(
                mapping("/api/cohorts", new CohortController(), "list"),
                mapping("/api/sessions", new SessionController(), "listCohortSessions"),
                mapping("/internal", new InternalController(), "list")))).doesNotThrowAnyException();
    }

    @Test
    void refusesAMappingForEveryMethodWhichWouldBeDocumentedOncePerMethod() {
        RequestMappingInfo anyMethod = RequestMappingInfo.paths("/api/sessions").build();
        assertThatThrownBy(() -> OperationIds.requireUnique(List.of(Map.entry(anyMethod,
                new HandlerMethod(new SessionController(), SessionController.class.getDeclaredMethod("list"))))))
                .hasMessageContaining("GET /api/sessions").hasMessageContaining("POST /api/sessions");
    }

    @Test
    void refusesToGenerateADocumentWithTwoOperationsOfOneId() throws NoSuchMethodException {
        OpenApiContract contract = new OpenApiContract(new ContractInfo("enrolment-service", "t", "d", "1",
                new ApiProperties.Contact("Koers", "https://k.example", "a@k.example")), new PublicPaths(List.of()));
        OpenAPI openApi = new OpenAPI().paths(new Paths()
                .addPathItem("/api/cohorts", new PathItem().get(contract.customize(new Operation().operationId("list"),
                        new HandlerMethod(new CohortController(), CohortController.class.getDeclaredMethod("list")))))
                .addPathItem("/api/sessions", new PathItem().get(contract.customize(new Operation().operationId("list"),
                        new HandlerMethod(new SessionController(), SessionController.class.getDeclaredMethod("list"))))));

        assertThatThrownBy(() -> contract.customise(openApi))
                .hasMessageContaining("GET /api/cohorts (" + CohortController.class.getName() + "#list)")
                .hasMessageContaining("GET /api/sessions (" + SessionController.class.getName() + "#list)");
    }

    private static Map.Entry<RequestMappingInfo, HandlerMethod> mapping(String path, Object controller, String method)
            throws NoSuchMethodException {
        return Map.entry(RequestMappingInfo.paths(path).methods(RequestMethod.GET).build(),
                new HandlerMethod(controller, controller.getClass().getDeclaredMethod(method)));
    }
}
