package nl.koers.defaults.apidocs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * One operationId per operation, and each one once: generated clients name their methods after it, so springdoc's
 * way out of a clash ({@code get_1}, {@code list_3}) is refused here instead. The id is the handler method's name
 * (or {@code @Operation(operationId)}); two operations with the same one stop the service at start-up, and the
 * document with them cannot be generated, with both handlers named.
 */
final class OperationIds {

    private OperationIds() {
    }

    /** Fails when two operations, each described as "GET /path (Class#method)", share an operationId. */
    static void requireUnique(Map<String, List<String>> operationsById) {
        List<String> clashes = new ArrayList<>();
        operationsById.forEach((id, operations) -> {
            if (operations.size() > 1) {
                clashes.add("'" + id + "' is the operationId of " + String.join(" and of ", operations));
            }
        });
        if (!clashes.isEmpty()) {
            throw new IllegalStateException("Every operation needs its own operationId (the handler method's name),"
                    + " but " + String.join("; ", clashes) + ". Rename one handler method of each pair to a verb and"
                    + " noun of its own, such as listCohortSessions.");
        }
    }

    /** The same check, over the request mappings springdoc will document, before anyone asks for the document. */
    static void requireUnique(Iterable<Map.Entry<RequestMappingInfo, HandlerMethod>> mappings) {
        Map<String, List<String>> operationsById = new LinkedHashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings) {
            HandlerMethod handler = mapping.getValue();
            if (!documented(handler)) {
                continue;
            }
            RequestMappingInfo info = mapping.getKey();
            // A mapping without a method is documented once per method, each time with the same operationId.
            List<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of("GET", "POST")
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name).sorted().toList();
            for (String pattern : info.getPatternValues()) {
                for (String method : methods) {
                    operationsById.computeIfAbsent(id(handler), id -> new ArrayList<>())
                            .add(method + " " + pattern + " (" + name(handler) + ")");
                }
            }
        }
        requireUnique(operationsById);
    }

    static String name(HandlerMethod handler) {
        return handler.getBeanType().getName() + "#" + handler.getMethod().getName();
    }

    private static String id(HandlerMethod handler) {
        Operation operation = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Operation.class);
        return operation != null && !operation.operationId().isBlank() ? operation.operationId()
                : handler.getMethod().getName();
    }

    /** As springdoc decides: REST handlers of the application, not the frameworks' own, and not hidden ones. */
    private static boolean documented(HandlerMethod handler) {
        Class<?> type = handler.getBeanType();
        String name = type.getName();
        if (name.startsWith("org.springframework.") || name.startsWith("org.springdoc.")
                || ErrorController.class.isAssignableFrom(type)) {
            return false;
        }
        boolean rest = AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class)
                || handler.hasMethodAnnotation(ResponseBody.class);
        Operation operation = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Operation.class);
        boolean hidden = AnnotatedElementUtils.hasAnnotation(type, Hidden.class)
                || handler.hasMethodAnnotation(Hidden.class) || operation != null && operation.hidden();
        return rest && !hidden;
    }
}
