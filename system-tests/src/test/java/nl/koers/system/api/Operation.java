package nl.koers.system.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/** One operation of an {@link OpenApi} document, read for what a client may send it and what it may answer. */
record Operation(OpenApi api, String method, String path, JsonNode node, List<JsonNode> parameters) {

    String service() {
        return api.service();
    }

    String operationId() {
        return node.path("operationId").asString(method + " " + path);
    }

    List<JsonNode> parameters(String in) {
        return parameters.stream().filter(p -> in.equals(p.path("in").asString())).toList();
    }

    /** The schema of a JSON request body, when the operation takes one. */
    Optional<JsonNode> jsonBody() {
        JsonNode content = api.resolve(node.path("requestBody")).path("content");
        return content.propertyNames().stream().filter(type -> type.endsWith("json")).findFirst()
                .flatMap(type -> api.schemaOf(content.get(type).get("schema")));
    }

    boolean bodyRequired() {
        return api.resolve(node.path("requestBody")).path("required").asBoolean(false);
    }

    /** The response codes the document declares: {@code 200}, {@code 4XX}, {@code default}. */
    Set<String> declared() {
        return new LinkedHashSet<>(node.path("responses").propertyNames());
    }

    boolean declares(int status) {
        Set<String> declared = declared();
        return declared.contains(String.valueOf(status)) || declared.contains(status / 100 + "XX")
                || declared.contains("default");
    }

    /**
     * Public when its security requirement (its own, else the document's) is empty or has an empty
     * alternative. A document that declares none leaves every {@code /api} path behind the gateway's token check.
     */
    boolean isPublic() {
        JsonNode security = node.has("security") ? node.get("security") : api.root().get("security");
        if (security == null || !security.isArray()) {
            return false;
        }
        return security.isEmpty() || StreamSupport.stream(security.spliterator(), false).anyMatch(JsonNode::isEmpty);
    }

    /** What a generated client would send as {@code Accept}: every media type the responses declare. */
    String accept() {
        Set<String> types = new LinkedHashSet<>();
        node.path("responses").values().forEach(response -> types.addAll(api.resolve(response).path("content").propertyNames()));
        return types.isEmpty() || types.contains("*/*") ? "*/*" : String.join(", ", types);
    }

    @Override
    public String toString() {
        return service() + " " + operationId() + " (" + method + " " + path + ")";
    }
}
