package nl.koers.system.api;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.system.api.EdgeClient.Exchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The requests the walker sends one operation, read off its OpenAPI description: a valid one to start from,
 * and the bad ones, each with what its answer must be.
 *
 * <p>A bad request changes one thing of the valid one: a path id that is not an id, a query parameter with a
 * value its schema rejects, a body its schema rejects (field by field, and as a whole), no or a bad token, a
 * 20 KB {@code Authorization} header. Path ids are real ({@link RealIds}) wherever another part is the bad
 * one, so that the request gets past "no such cohort" to the code that reads it.
 */
final class BadRequests {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");
    private static final int TWO_MEGABYTES = 2 * 1024 * 1024;

    private final Operation operation;
    private final SchemaSamples samples;
    private final RealIds ids;

    BadRequests(Operation operation, SchemaSamples samples, RealIds ids) {
        this.operation = operation;
        this.samples = samples;
        this.ids = ids;
    }

    /**
     * One request and what its answer must be. {@code mustReject}: a 4xx; {@code expected}, when not empty:
     * exactly one of these; {@code allowance}: codes accepted although the operation does not declare them,
     * because something before the operation answers them (the reason is given where the case is made).
     */
    record Case(String kind, String label, Exchange exchange, boolean mustReject, Set<Integer> expected,
                Set<Integer> allowance) {

        static Case of(String kind, String label, Exchange exchange, boolean mustReject) {
            return new Case(kind, label, exchange, mustReject, Set.of(), Set.of());
        }

        Case expecting(Set<Integer> statuses) {
            return new Case(kind, label, exchange, mustReject, statuses, allowance);
        }

        Case allowing(Set<Integer> statuses) {
            return new Case(kind, label, exchange, mustReject, expected, statuses);
        }
    }

    /**
     * Whether a request may carry the real ids: a GET, or a write with a body (a valid body changing a thing
     * made for the walk is fine). A write without a body gets random ids instead, so that a bad request it
     * wrongly accepts cannot cancel the walk's cohort or withdraw its enrolment.
     */
    boolean realIdsAreSafe() {
        return operation.method().equals("GET") || operation.jsonBody().isPresent();
    }

    /** The valid request as {@code token}'s bearer, with real ids where {@link #realIdsAreSafe()}. */
    Exchange probe(String token) {
        return request(token, pathValues(realIdsAreSafe()), query(Map.of()), validBody());
    }

    List<Case> cases(String token) {
        List<Case> cases = new ArrayList<>();
        addPathIdCases(token, cases);
        addQueryCases(token, cases);
        addBodyCases(token, cases);
        addAuthorisationCases(cases);
        return cases;
    }

    // --- (a) path ids that are not ids -----------------------------------------------------------------------

    private void addPathIdCases(String token, List<Case> cases) {
        for (JsonNode parameter : operation.parameters("path")) {
            String name = parameter.path("name").asString();
            String uuid = UUID.randomUUID().toString();
            // None of these names anything in Koers: no id holds a NUL, a slash, a semicolon or 5,000 characters.
            // The gateway may refuse them before any route is chosen (400, or 404 for a path no route matches),
            // so those two count as answers even where the operation does not declare them.
            Map<String, String> notIds = new LinkedHashMap<>();
            notIds.put("NUL %00", "%00");
            notIds.put("traversal ..%2F..", "..%2F..");
            notIds.put("SQL '%3B--", "'%3B--");
            notIds.put("matrix ;jsessionid=x", uuid + ";jsessionid=x");
            notIds.put("raw NUL byte", "\u0000");
            for (Map.Entry<String, String> notId : notIds.entrySet()) {
                cases.add(Case.of("path id", name + ": " + notId.getKey(), withPath(token, name, notId.getValue()), true)
                        .allowing(Set.of(400, 404)));
            }
            // Longer than the gateway lets a request line be: its 414 is allowed for that (see Findings).
            cases.add(Case.of("path id", name + ": 5,000 characters", withPath(token, name, "a".repeat(5000)), true)
                    .allowing(Set.of(400, 404)));
            // A well-formed id of nothing: any answer the operation declares (an empty list is fine).
            cases.add(Case.of("path id", name + ": random UUID", withPath(token, name, uuid), false));
        }
    }

    private Exchange withPath(String token, String name, String value) {
        Map<String, String> values = pathValues(realIdsAreSafe());
        values.put(name, value);
        return request(token, values, query(Map.of()), validBody());
    }

    // --- (b) query parameters with values their schema rejects -----------------------------------------------

    private void addQueryCases(String token, List<Case> cases) {
        List<JsonNode> parameters = operation.parameters("query");
        // Query values are read before any lookup, so random ids (where real ones are not safe) still reach them.
        boolean real = realIdsAreSafe();
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asString();
            if (parameter.path("required").asBoolean(false)) {
                cases.add(Case.of("query", name + " missing (required)", request(token, pathValues(real),
                        query(Map.of(name, List.of())), validBody()), true));
            }
            for (QueryValue bad : badQueryValues(samples.shape(parameter.path("schema")), name)) {
                cases.add(Case.of("query", name + "=" + EdgeClient.shorten(bad.raw(), 40) + " (" + bad.label() + ")",
                        request(token, pathValues(real), query(Map.of(name, List.of(bad.raw()))), validBody()),
                        bad.rejected()));
            }
        }
        // A URI whose query has a malformed percent-encoding is not a URI (RFC 3986 2.1): it is refused, not guessed at.
        String valid = query(Map.of());
        cases.add(Case.of("query", "unknown parameters x=%zz&y=%00", request(token, pathValues(real),
                valid + (valid.isEmpty() ? "?" : "&") + "x=%zz&y=%00", validBody()), true));
    }

    private record QueryValue(String label, String raw, boolean rejected) {
    }

    /** Query values already percent-encoded as they go on the wire, or deliberately malformed. */
    private List<QueryValue> badQueryValues(SchemaSamples.Shape shape, String name) {
        List<QueryValue> values = new ArrayList<>();
        JsonNode node = shape.node();
        switch (shape.type()) {
            case "integer", "number" -> {
                values.add(new QueryValue("not a number", "abc", true));
                if (shape.type().equals("integer")) {
                    values.add(new QueryValue("float for integer", "1.5", true));
                }
                shape.decimal("maximum").ifPresent(max -> values.add(new QueryValue("above maximum",
                        max.add(BigDecimal.ONE).toPlainString(), true)));
                shape.decimal("minimum").ifPresent(min -> values.add(new QueryValue("below minimum",
                        min.subtract(BigDecimal.ONE).toPlainString(), true)));
                boolean bounded = node.has("maximum") || shape.format().equals("int32") || shape.format().equals("int64");
                values.add(new QueryValue("huge", "99999999999999999999", bounded));
            }
            case "boolean" -> values.add(new QueryValue("not a boolean", "maybe", true));
            case "array" -> {
                SchemaSamples.Shape items = samples.shape(node.path("items"));
                badQueryValues(items, name).forEach(item -> values.add(new QueryValue("item: " + item.label(), item.raw(),
                        item.rejected())));
                shape.integer("maxItems").filter(max -> max < 200).ifPresent(max -> {
                    String item = encode(samples.valid(items, name, 1).asString());
                    values.add(new QueryValue("more than maxItems " + max,
                            String.join("&" + name + "=", Collections.nCopies(max + 1, item)), true));
                });
                return values;
            }
            case "string" -> {
                if (shape.hasEnum()) {
                    values.add(new QueryValue("not in enum", "NOT_IN_ENUM", true));
                    String lower = node.get("enum").get(0).asString().toLowerCase(Locale.ROOT);
                    if (!node.get("enum").toString().contains("\"" + lower + "\"")) {
                        values.add(new QueryValue("enum value in lower case", encode(lower), true));
                    }
                }
                switch (shape.format()) {
                    case "uuid" -> values.add(new QueryValue("not a uuid", "not-a-uuid", true));
                    case "date" -> {
                        values.add(new QueryValue("date far out", "%2B999999999-12-31", true));
                        values.add(new QueryValue("no such date", "2027-13-45", true));
                    }
                    case "date-time" -> values.add(new QueryValue("date-time far out", "%2B999999999-12-31T23%3A59%3A59Z", true));
                    case "email" -> values.add(new QueryValue("not an email address", "not-an-email", true));
                    default -> {
                    }
                }
                SchemaSamples.notMatching(node).ifPresent(value -> values.add(new QueryValue("not matching pattern",
                        encode(value), true)));
                shape.integer("maxLength").filter(max -> max < 3000).ifPresent(max -> values.add(
                        new QueryValue("longer than maxLength " + max, "x".repeat(max + 1), true)));
                if (!node.has("maxLength") && !shape.hasEnum() && shape.format().isEmpty() && !node.has("pattern")) {
                    values.add(new QueryValue("2,000 characters (the schema sets no maxLength)", "x".repeat(2000), false));
                }
            }
            default -> {
            }
        }
        values.add(new QueryValue("malformed percent-encoding", "%zz", true));
        return values;
    }

    // --- (c) bodies the schema rejects -----------------------------------------------------------------------

    private void addBodyCases(String token, List<Case> cases) {
        JsonNode schema = operation.jsonBody().orElse(null);
        if (schema == null) {
            return;
        }
        Map<String, String> path = pathValues(true);
        String query = query(Map.of());
        JsonNode base = validBody();
        for (BadValues.Variant variant : new BadValues(samples).bodyVariants(schema, base)) {
            cases.add(Case.of("body", variant.label(), request(token, path, query, variant.value()), variant.schemaRejects()));
        }
        Exchange valid = request(token, path, query, base);
        boolean required = operation.bodyRequired();
        cases.add(Case.of("body", "not JSON", valid.withBody("application/json", bytes("{broken")), true)
                .expecting(Set.of(400)));
        cases.add(Case.of("body", "empty", valid.withBody("application/json", new byte[0]), required)
                .expecting(required ? Set.of(400) : Set.of()));
        if (required) {
            cases.add(Case.of("body", "JSON null", valid.withBody("application/json", bytes("null")), true));
        }
        // The limit is 1 MB at most: this one must be refused as too large, not parsed.
        cases.add(Case.of("body", "2 MB", valid.withBody("application/json", twoMegabytes(base)), true)
                .expecting(Set.of(413)));
        cases.add(Case.of("body", "Content-Type text/plain", valid.withBody("text/plain", bytes(base.toString())), true)
                .expecting(Set.of(415)));
    }

    private static byte[] twoMegabytes(JsonNode base) {
        if (base instanceof ObjectNode object) {
            ObjectNode padded = object.deepCopy();
            padded.put("padding", "x".repeat(TWO_MEGABYTES));
            return bytes(padded.toString());
        }
        return bytes("\"" + "x".repeat(TWO_MEGABYTES) + "\"");
    }

    // --- (d, e) tokens ---------------------------------------------------------------------------------------

    private void addAuthorisationCases(List<Case> cases) {
        Exchange anonymous = request(null, pathValues(false), query(Map.of()), validBody());
        String huge = "Bearer " + "x".repeat(20 * 1024);
        if (!operation.isPublic()) {
            cases.add(Case.of("token", "no token", anonymous, true).expecting(Set.of(401)));
            cases.add(Case.of("token", "garbage token", anonymous.withHeader("Authorization", "Bearer not-a-token"), true)
                    .expecting(Set.of(401)));
            // 431: the gateway's header limit, before any route; or 401 when it reads the header and refuses the token.
            cases.add(Case.of("token", "20 KB Authorization header", anonymous.withHeader("Authorization", huge), true)
                    .expecting(Set.of(401, 431)).allowing(Set.of(431)));
        } else {
            cases.add(Case.of("token", "20 KB Authorization header", anonymous.withHeader("Authorization", huge), false)
                    .allowing(Set.of(431)));
        }
    }

    // --- the valid request -----------------------------------------------------------------------------------

    private JsonNode validBody() {
        return operation.jsonBody().map(schema -> samples.valid(schema, "body")).orElse(null);
    }

    /** Values for the path's parameters: real ids (or a valid value) when {@code real}, else random UUIDs. */
    private Map<String, String> pathValues(boolean real) {
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonNode parameter : operation.parameters("path")) {
            String name = parameter.path("name").asString();
            String value = UUID.randomUUID().toString();
            if (real) {
                value = ids.forName(name.equals("id") ? segmentBefore(name) : name)
                        .orElseGet(() -> samples.valid(parameter.path("schema"), name).asString());
            }
            values.put(name, value);
        }
        return values;
    }

    /** {@code /api/reports/cohorts/{id}} → {@code cohorts}: what an {@code {id}} names. */
    private String segmentBefore(String name) {
        String[] segments = operation.path().split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].startsWith("{" + name + "}")) {
                return segments[i - 1];
            }
        }
        return name;
    }

    /**
     * The query with a valid value for every parameter, except those in {@code replaced} (an empty list leaves
     * the parameter out). Values in {@code replaced} are raw: already encoded, or malformed on purpose.
     */
    private String query(Map<String, List<String>> replaced) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode parameter : operation.parameters("query")) {
            String name = parameter.path("name").asString();
            if (replaced.containsKey(name)) {
                replaced.get(name).forEach(raw -> pairs.add(name + "=" + raw));
                continue;
            }
            JsonNode value = samples.valid(parameter.path("schema"), name);
            if (value.isArray()) {
                value.forEach(item -> pairs.add(name + "=" + encode(item.asString())));
            } else if (value.isValueNode()) {
                pairs.add(name + "=" + encode(value.asString()));
            }
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private Exchange request(String token, Map<String, String> pathValues, String query, JsonNode body) {
        Matcher matcher = TEMPLATE.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(pathValues.getOrDefault(matcher.group(1), "x")));
        }
        matcher.appendTail(path);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", operation.accept());
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        byte[] bytes = null;
        if (body != null) {
            headers.put("Content-Type", "application/json");
            bytes = bytes(body.toString());
        }
        return new Exchange(operation.method(), path + query, headers, bytes);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
