package nl.koers.system.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One service's OpenAPI 3.1 document as the bad-input walker reads it: its operations, and its schemas with
 * {@code $ref}s and {@code allOf}s resolved, so that a new operation or field is walked without a line here.
 */
final class OpenApi {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    private final String service;
    private final JsonNode root;

    OpenApi(String service, JsonNode root) {
        this.service = service;
        this.root = root;
    }

    String service() {
        return service;
    }

    JsonNode root() {
        return root;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        root.path("paths").properties().forEach(path -> METHODS.forEach(method -> {
            JsonNode node = path.getValue().get(method);
            if (node != null) {
                operations.add(new Operation(this, method.toUpperCase(Locale.ROOT), path.getKey(), node,
                        parameters(path.getValue().path("parameters"), node.path("parameters"))));
            }
        }));
        return operations;
    }

    /** Path-level parameters overridden by the operation's own ones of the same name and place. */
    private List<JsonNode> parameters(JsonNode pathLevel, JsonNode operationLevel) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (JsonNode parameters : List.of(pathLevel, operationLevel)) {
            for (JsonNode parameter : parameters) {
                JsonNode resolved = resolve(parameter);
                byKey.put(resolved.path("in").asString() + ":" + resolved.path("name").asString(), resolved);
            }
        }
        return List.copyOf(byKey.values());
    }

    /**
     * The schema or object behind {@code node}: {@code $ref}s followed (siblings of a {@code $ref} win, as in
     * OpenAPI 3.1), {@code allOf} merged into one object schema. {@code anyOf}/{@code oneOf} are left as they
     * are; {@link Schema} picks their first branch that is not {@code null}.
     */
    JsonNode resolve(JsonNode node) {
        return resolve(node, 0);
    }

    private JsonNode resolve(JsonNode node, int depth) {
        if (node == null || !node.isObject() || depth > 20) {
            return node;
        }
        JsonNode current = node;
        if (current.has("$ref")) {
            String ref = current.get("$ref").asString();
            if (!ref.startsWith("#")) {
                throw new IllegalStateException(service + " refers outside its document: " + ref);
            }
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalStateException(service + " has a dangling $ref " + ref);
            }
            ObjectNode merged = (ObjectNode) resolve(target, depth + 1).deepCopy();
            current.properties().forEach(e -> {
                if (!e.getKey().equals("$ref")) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            current = merged;
        }
        if (current.has("allOf")) {
            current = mergeAllOf(current, depth);
        }
        return current;
    }

    private JsonNode mergeAllOf(JsonNode schema, int depth) {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        ObjectNode properties = merged.putObject("properties");
        Set<String> required = new LinkedHashSet<>();
        List<JsonNode> parts = new ArrayList<>();
        schema.get("allOf").forEach(part -> parts.add(resolve(part, depth + 1)));
        parts.add(schema);
        for (JsonNode part : parts) {
            part.properties().forEach(e -> {
                switch (e.getKey()) {
                    case "allOf" -> { }
                    case "properties" -> properties.setAll((ObjectNode) e.getValue());
                    case "required" -> e.getValue().forEach(name -> required.add(name.asString()));
                    default -> merged.set(e.getKey(), e.getValue());
                }
            });
        }
        ArrayNode requiredNode = merged.putArray("required");
        required.forEach(requiredNode::add);
        if (!merged.has("type")) {
            merged.put("type", "object");
        }
        return merged;
    }

    Optional<JsonNode> schemaOf(JsonNode node) {
        return Optional.ofNullable(node).filter(JsonNode::isObject).map(this::resolve);
    }
}
