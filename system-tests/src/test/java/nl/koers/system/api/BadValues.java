package nl.koers.system.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bodies a document's JSON Schemas reject, made from a valid one field by field: missing and null when
 * required, the wrong JSON type, outside its bounds, not in its enum, not its format or pattern.
 *
 * <p>"Rejects" is read strictly as JSON Schema would, with two readings made explicit: {@code format}
 * ({@code uuid}, {@code date}, {@code date-time}, {@code email}) is taken as an assertion, as the services
 * parse these types and a client generated from the document does too; and {@code pattern} is unanchored, so a
 * value counts as not matching only when no part of it matches. A variant the schema accepts (a long string
 * where no {@code maxLength} is given) is still sent, and then only has to be answered without a 5xx.
 */
final class BadValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;

    private final SchemaSamples samples;

    BadValues(SchemaSamples samples) {
        this.samples = samples;
    }

    /** A variant of a body, or of a parameter's value, and whether the schema rejects it. */
    record Variant(String label, JsonNode value, boolean schemaRejects) {
    }

    /**
     * For each field of {@code base} (a valid body of {@code schema}), nested objects and the first element of
     * arrays included: missing and null when required, the wrong JSON type, out of its bounds, not in its enum,
     * not its format or pattern. The body as a whole (not JSON, empty, too large) is {@link BadRequests}' part.
     */
    List<Variant> bodyVariants(JsonNode schema, JsonNode base) {
        List<Variant> variants = new ArrayList<>();
        walk(samples.shape(schema), JsonPointer.empty(), "", false, base, variants, 0);
        return variants;
    }

    private void walk(SchemaSamples.Shape shape, JsonPointer at, String label, boolean required, JsonNode base,
                      List<Variant> out, int depth) {
        JsonNode current = base.at(at);
        if (current.isMissingNode() || depth > MAX_DEPTH) {
            return;
        }
        if (!label.isEmpty() && required) {
            out.add(new Variant(label + " missing (required)", replaced(base, at, null), true));
            if (!shape.nullable()) {
                out.add(new Variant(label + " null (required, not nullable)", replaced(base, at, NODES.nullNode()), true));
            }
        }
        for (Variant wrong : wrongValues(shape, current)) {
            String what = label.isEmpty() ? wrong.label() + " (whole body)" : label + ": " + wrong.label();
            out.add(new Variant(what, replaced(base, at, wrong.value()), wrong.schemaRejects()));
        }
        switch (shape.type()) {
            case "object" -> {
                Set<String> requiredNames = new HashSet<>();
                shape.node().path("required").forEach(name -> requiredNames.add(name.asString()));
                shape.node().path("properties").properties().forEach(property -> walk(samples.shape(property.getValue()),
                        at.appendProperty(property.getKey()), prefix(label) + property.getKey(),
                        requiredNames.contains(property.getKey()), base, out, depth + 1));
                JsonNode additional = shape.node().get("additionalProperties");
                if (additional != null && additional.isObject() && !shape.node().has("properties")) {
                    current.propertyNames().stream().findFirst().ifPresent(key -> walk(samples.shape(additional),
                            at.appendProperty(key), prefix(label) + key, false, base, out, depth + 1));
                }
            }
            case "array" -> {
                if (!current.isEmpty() && shape.node().path("items").isObject()) {
                    walk(samples.shape(shape.node().get("items")), at.appendIndex(0),
                            (label.isEmpty() ? "body" : label) + "[0]", false, base, out, depth + 1);
                }
            }
            default -> {
            }
        }
    }

    private static String prefix(String label) {
        return label.isEmpty() ? "" : label + ".";
    }

    /** Values of the wrong JSON type or outside the constraints of {@code shape}; {@code current} is a valid one. */
    List<Variant> wrongValues(SchemaSamples.Shape shape, JsonNode current) {
        List<Variant> wrong = new ArrayList<>();
        JsonNode node = shape.node();
        switch (shape.type()) {
            case "string" -> {
                wrong.add(reject("number for string", NODES.numberNode(12345)));
                if (shape.hasEnum()) {
                    Set<String> allowed = new HashSet<>();
                    node.get("enum").forEach(value -> allowed.add(value.asString()));
                    wrong.add(reject("not in enum", NODES.stringNode("NOT_IN_ENUM")));
                    String lower = node.get("enum").get(0).asString().toLowerCase(Locale.ROOT);
                    if (!allowed.contains(lower)) {
                        wrong.add(reject("enum value in lower case", NODES.stringNode(lower)));
                    }
                }
                switch (shape.format()) {
                    case "uuid" -> wrong.add(reject("not a uuid", NODES.stringNode("not-a-uuid")));
                    case "date" -> wrong.add(reject("date far out +999999999-12-31", NODES.stringNode("+999999999-12-31")));
                    case "date-time" -> wrong.add(reject("date-time far out", NODES.stringNode("+999999999-12-31T23:59:59Z")));
                    case "email" -> wrong.add(reject("not an email address", NODES.stringNode("not-an-email")));
                    default -> {
                    }
                }
                shape.integer("maxLength").filter(max -> max < 1_000_000)
                        .ifPresent(max -> wrong.add(reject("longer than maxLength " + max, NODES.stringNode("x".repeat(max + 1)))));
                shape.integer("minLength").filter(min -> min > 0)
                        .ifPresent(min -> wrong.add(reject("shorter than minLength " + min, NODES.stringNode("x".repeat(min - 1)))));
                SchemaSamples.notMatching(node).ifPresent(value -> wrong.add(reject("not matching pattern "
                        + node.get("pattern").asString(),
                        NODES.stringNode(value))));
                if (!node.has("maxLength") && !shape.hasEnum() && shape.format().isEmpty() && !node.has("pattern")) {
                    wrong.add(new Variant("100,000 characters (the schema sets no maxLength)",
                            NODES.stringNode("x".repeat(100_000)), false));
                }
            }
            case "integer", "number" -> {
                boolean integer = shape.type().equals("integer");
                wrong.add(reject("string for " + shape.type(), NODES.stringNode(current.asString("1"))));
                if (integer) {
                    wrong.add(reject("float for integer", NODES.numberNode(1.5)));
                }
                shape.decimal("maximum").ifPresent(max -> wrong.add(reject("above maximum " + max.toPlainString(),
                        number(max.add(BigDecimal.ONE), integer))));
                shape.decimal("exclusiveMaximum").ifPresent(max -> wrong.add(reject("at exclusiveMaximum " + max.toPlainString(),
                        number(max, integer))));
                shape.decimal("minimum").ifPresent(min -> wrong.add(reject("below minimum " + min.toPlainString(),
                        number(min.subtract(BigDecimal.ONE), integer))));
                shape.decimal("exclusiveMinimum").ifPresent(min -> wrong.add(reject("at exclusiveMinimum " + min.toPlainString(),
                        number(min, integer))));
                if (!node.has("maximum") && !node.has("exclusiveMaximum")) {
                    switch (shape.format()) {
                        case "int32" -> wrong.add(reject("beyond int32", NODES.numberNode(BigInteger.valueOf(Integer.MAX_VALUE)
                                .add(BigInteger.ONE))));
                        case "int64" -> wrong.add(reject("beyond int64", NODES.numberNode(BigInteger.valueOf(Long.MAX_VALUE)
                                .add(BigInteger.ONE))));
                        default -> wrong.add(new Variant("10^30 (the schema sets no maximum)",
                                NODES.numberNode(BigInteger.TEN.pow(30)), false));
                    }
                }
            }
            case "boolean" -> {
                wrong.add(reject("string for boolean", NODES.stringNode("true")));
                wrong.add(reject("number for boolean", NODES.numberNode(1)));
            }
            case "array" -> {
                wrong.add(reject("object for array", NODES.objectNode()));
                wrong.add(reject("string for array", NODES.stringNode(current.path(0).asString("x"))));
                JsonNode item = current.isEmpty() ? null : current.get(0);
                shape.integer("maxItems").filter(max -> max < 1000 && item != null).ifPresent(max -> {
                    ArrayNode tooMany = NODES.arrayNode();
                    for (int i = 0; i <= max; i++) {
                        tooMany.add(item.deepCopy());
                    }
                    wrong.add(reject("more than maxItems " + max, tooMany));
                });
                shape.integer("minItems").filter(min -> min > 0).ifPresent(min -> {
                    ArrayNode tooFew = NODES.arrayNode();
                    for (int i = 0; i < min - 1 && i < current.size(); i++) {
                        tooFew.add(current.get(i).deepCopy());
                    }
                    wrong.add(reject("fewer than minItems " + min, tooFew));
                });
                if (node.path("uniqueItems").asBoolean(false) && item != null && shape.integer("maxItems").orElse(2) >= 2) {
                    wrong.add(reject("the same item twice (uniqueItems)",
                            NODES.arrayNode().add(item.deepCopy()).add(item.deepCopy())));
                }
            }
            case "object" -> {
                wrong.add(reject("array for object", NODES.arrayNode()));
                wrong.add(reject("string for object", NODES.stringNode("x")));
                shape.integer("minProperties").filter(min -> min > 0)
                        .ifPresent(min -> wrong.add(reject("fewer than minProperties " + min, NODES.objectNode())));
            }
            default -> {
            }
        }
        return wrong;
    }

    private static Variant reject(String label, JsonNode value) {
        return new Variant(label, value, true);
    }

    private static JsonNode number(BigDecimal value, boolean integer) {
        return integer ? NODES.numberNode(value.setScale(0, RoundingMode.FLOOR).toBigInteger()) : NODES.numberNode(value);
    }

    /** A copy of {@code base} with the value at {@code at} replaced, or removed when {@code value} is null. */
    static JsonNode replaced(JsonNode base, JsonPointer at, JsonNode value) {
        if (at.matches()) {
            return value;
        }
        JsonNode copy = base.deepCopy();
        JsonNode parent = copy.at(at.head());
        JsonPointer last = at.last();
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last.getMatchingProperty());
            } else {
                object.set(last.getMatchingProperty(), value);
            }
        } else if (parent instanceof ArrayNode array) {
            if (value == null) {
                array.remove(last.getMatchingIndex());
            } else {
                array.set(last.getMatchingIndex(), value);
            }
        }
        return copy;
    }
}
