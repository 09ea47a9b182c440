package nl.koers.system.api;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values a document's JSON Schemas accept, for the walk's valid requests: made from a schema's example, its
 * constraints and hints in its name, with {@link RealIds} for ids. {@link BadValues} makes the ones they reject.
 */
final class SchemaSamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;
    private static final List<String> PATTERN_CANDIDATES = List.of("teams-aan-zet", "team", "key", "a", "abc", "x-1", "A1",
            "1", "ab_c", "Team.1");
    private static final List<String> NON_MATCHING_CANDIDATES = List.of("!!!", "~ ~", "***", "<>", "\u00e9\u00e9", "");

    private final OpenApi api;
    private final RealIds ids;

    SchemaSamples(OpenApi api, RealIds ids) {
        this.api = api;
        this.ids = ids;
    }

    /** A schema with its {@code $ref}s resolved, the branch of an {@code anyOf}/{@code oneOf} that is not null taken. */
    record Shape(JsonNode node, String type, boolean nullable) {

        Optional<BigDecimal> decimal(String keyword) {
            JsonNode value = node.get(keyword);
            return value != null && value.isNumber() ? Optional.of(value.decimalValue()) : Optional.empty();
        }

        Optional<Integer> integer(String keyword) {
            JsonNode value = node.get(keyword);
            return value != null && value.isIntegralNumber() ? Optional.of(value.asInt()) : Optional.empty();
        }

        String format() {
            return node.path("format").asString("");
        }

        boolean hasEnum() {
            return node.path("enum").isArray() && !node.path("enum").isEmpty();
        }
    }

    Shape shape(JsonNode schema) {
        JsonNode node = api.resolve(schema);
        boolean nullable = node.path("nullable").asBoolean(false);
        for (String combinator : List.of("anyOf", "oneOf")) {
            if (node.path(combinator).isArray()) {
                JsonNode chosen = null;
                for (JsonNode branch : node.get(combinator)) {
                    JsonNode resolved = api.resolve(branch);
                    if ("null".equals(resolved.path("type").asString(""))) {
                        nullable = true;
                    } else if (chosen == null) {
                        chosen = resolved;
                    }
                }
                if (chosen != null) {
                    node = chosen;
                }
            }
        }
        String type = null;
        JsonNode declared = node.get("type");
        if (declared != null && declared.isArray()) {
            for (JsonNode t : declared) {
                if (t.asString().equals("null")) {
                    nullable = true;
                } else if (type == null) {
                    type = t.asString();
                }
            }
        } else if (declared != null) {
            type = declared.asString();
        }
        if (type == null) {
            type = node.has("properties") || node.has("additionalProperties") ? "object" : node.has("items") ? "array"
                    : node.path("enum").path(0).isNumber() ? "number" : node.has("enum") ? "string" : "any";
        }
        return new Shape(node, type, nullable);
    }

    // --- Values the schema accepts ---------------------------------------------------------------------------

    JsonNode valid(JsonNode schema, String name) {
        return valid(shape(schema), name, 0);
    }

    JsonNode valid(Shape shape, String name, int depth) {
        JsonNode node = shape.node();
        if (node.has("const")) {
            return node.get("const");
        }
        return switch (shape.type()) {
            case "string" -> NODES.stringNode(validString(shape, name));
            case "integer" -> NODES.numberNode(validNumber(shape, name).toBigInteger());
            case "number" -> NODES.numberNode(validNumber(shape, name));
            case "boolean" -> node.path("example").isBoolean() ? node.get("example") : NODES.booleanNode(true);
            case "array" -> validArray(shape, name, depth);
            case "object" -> validObject(shape, depth);
            default -> NODES.stringNode("x");
        };
    }

    private String validString(Shape shape, String name) {
        JsonNode node = shape.node();
        if (shape.hasEnum()) {
            return node.get("enum").get(0).asString();
        }
        switch (shape.format()) {
            case "uuid" -> {
                return ids.forName(name).orElse(UUID.randomUUID().toString());
            }
            case "date" -> {
                return dateFor(name).toString();
            }
            case "date-time" -> {
                return instantFor(name).toString();
            }
            case "email" -> {
                return RealIds.PARTICIPANT + "@roc-example.nl";
            }
            case "uri", "url" -> {
                return "https://roc-example.nl/koers";
            }
            default -> {
            }
        }
        List<String> candidates = new ArrayList<>();
        if (name.matches(".*(Id|Ids|ID)")) {
            ids.forName(name).ifPresent(candidates::add);
        }
        example(node).filter(JsonNode::isString).map(JsonNode::asString).ifPresent(candidates::add);
        if (node.path("default").isString()) {
            candidates.add(node.get("default").asString());
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("link") || lower.contains("url")) {
            candidates.add("https://roc-example.nl/koers");
        }
        if (lower.contains("email")) {
            candidates.add(RealIds.PARTICIPANT + "@roc-example.nl");
        }
        if (node.has("pattern")) {
            candidates.addAll(PATTERN_CANDIDATES);
        }
        candidates.add("Bad input walk");
        int min = shape.integer("minLength").orElse(0);
        int max = shape.integer("maxLength").orElse(Integer.MAX_VALUE);
        for (String candidate : candidates) {
            if (candidate.length() >= min && candidate.length() <= max && matchesWhole(node, candidate)) {
                return candidate;
            }
        }
        String padded = "x".repeat(Math.max(1, min));
        return padded.substring(0, Math.min(padded.length(), max));
    }

    private BigDecimal validNumber(Shape shape, String name) {
        Optional<JsonNode> example = example(shape.node()).filter(JsonNode::isNumber);
        BigDecimal value = example.map(JsonNode::decimalValue).orElse(shape.node().path("default").isNumber()
                ? shape.node().get("default").decimalValue() : BigDecimal.ONE);
        Optional<BigDecimal> minimum = shape.decimal("minimum")
                .or(() -> shape.decimal("exclusiveMinimum").map(m -> m.add(BigDecimal.ONE)));
        Optional<BigDecimal> maximum = shape.decimal("maximum")
                .or(() -> shape.decimal("exclusiveMaximum").map(m -> m.subtract(BigDecimal.ONE)));
        if (minimum.isPresent() && value.compareTo(minimum.get()) < 0) {
            value = minimum.get();
        }
        if (maximum.isPresent() && value.compareTo(maximum.get()) > 0) {
            value = maximum.get();
        }
        return value;
    }

    /** As many items as {@code minItems} asks, at least one; array-level examples are not used, as their ids are not real. */
    private JsonNode validArray(Shape shape, String name, int depth) {
        ArrayNode array = NODES.arrayNode();
        int max = shape.integer("maxItems").orElse(Integer.MAX_VALUE);
        int count = Math.min(max, Math.max(1, shape.integer("minItems").orElse(0)));
        if (depth >= MAX_DEPTH) {
            return array;
        }
        JsonNode items = shape.node().path("items");
        Shape itemShape = shape(items.isObject() ? items : NODES.objectNode());
        for (int i = 0; i < count; i++) {
            array.add(valid(itemShape, name, depth + 1));
        }
        return array;
    }

    private JsonNode validObject(Shape shape, int depth) {
        ObjectNode object = NODES.objectNode();
        if (depth >= MAX_DEPTH) {
            return object;
        }
        shape.node().path("properties").properties().forEach(property -> {
            Shape propertyShape = shape(property.getValue());
            if (!propertyShape.node().path("readOnly").asBoolean(false)) {
                object.set(property.getKey(), valid(propertyShape, property.getKey(), depth + 1));
            }
        });
        JsonNode additional = shape.node().get("additionalProperties");
        if (object.isEmpty() && additional != null && additional.isObject()) {
            Shape valueShape = shape(additional);
            int entries = Math.max(1, shape.integer("minProperties").orElse(0));
            for (int i = 1; i <= entries; i++) {
                object.set(i == 1 ? "key" : "key" + i, valid(valueShape, "key", depth + 1));
            }
        }
        return object;
    }

    private static Optional<JsonNode> example(JsonNode node) {
        if (node.has("example")) {
            return Optional.of(node.get("example"));
        }
        return node.path("examples").isArray() && !node.get("examples").isEmpty()
                ? Optional.of(node.get("examples").get(0)) : Optional.empty();
    }

    /** Dates that fit the usual rules: a cohort starts in a month, ends in half a year, a report runs a year back. */
    private static LocalDate dateFor(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        LocalDate today = LocalDate.now();
        if (n.contains("end") || n.contains("until") || n.contains("clos")) {
            return today.plusDays(200);
        }
        if (n.contains("due")) {
            return today.plusDays(14);
        }
        if (n.equals("from")) {
            return today.minusDays(365);
        }
        return n.equals("to") ? today : today.plusDays(30);
    }

    private static Instant instantFor(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        if (n.contains("open")) {
            return now.minusSeconds(60);
        }
        if (n.contains("clos")) {
            return now.plus(Duration.ofDays(20));
        }
        return n.contains("end") ? now.plus(Duration.ofDays(40)).plus(Duration.ofHours(3)) : now.plus(Duration.ofDays(40));
    }

    private static boolean matchesWhole(JsonNode node, String value) {
        Optional<Pattern> pattern = pattern(node);
        return pattern.isEmpty() || pattern.get().matcher(value).matches();
    }

    /** A value in which no part matches the (unanchored) pattern, so that JSON Schema rejects it; if there is one. */
    static Optional<String> notMatching(JsonNode node) {
        Optional<Pattern> pattern = pattern(node);
        if (pattern.isEmpty()) {
            return Optional.empty();
        }
        return NON_MATCHING_CANDIDATES.stream().filter(candidate -> !pattern.get().matcher(candidate).find()).findFirst();
    }

    private static Optional<Pattern> pattern(JsonNode node) {
        if (!node.path("pattern").isString()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Pattern.compile(node.get("pattern").asString()));
        } catch (PatternSyntaxException e) {
            return Optional.empty();
        }
    }
}
