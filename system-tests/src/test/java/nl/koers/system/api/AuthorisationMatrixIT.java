package nl.koers.system.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import nl.koers.system.Koers;
import nl.koers.system.api.AuthorisationMatrix.CallerKind;
import nl.koers.system.api.AuthorisationMatrix.Row;
import nl.koers.system.api.MatrixWorld.Call;
import nl.koers.system.api.MatrixWorld.Phase;
import nl.koers.system.api.MatrixWorld.Spec;
import nl.koers.testsupport.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Runs {@code docs/authorisation-matrix.md} against the local stack through the gateway with real tokens: every
 * operation of the three OpenAPI documents, as every kind of caller, in one {@link MatrixWorld}. Fails when the
 * table and the documents disagree on which operations exist, when a cell is answered otherwise, and when a record
 * the caller may not see (404) is answered differently from one that does not exist.
 *
 * <p>Order keeps one caller's success from spoiling the next cell: first every denial (which changes nothing),
 * then the successes of reads, of changes that leave the world as it was, of operations with records of their
 * own, and last the erasures. Four calls at a time, except the changes to the shared world: one at a time. Writes
 * {@code target/authorisation-matrix/result.md} (the differing cells) and {@code answers.md} (the whole table as the
 * stack answered it).
 */
class AuthorisationMatrixIT {

    private static final int IN_FLIGHT = 4;
    private static final java.util.regex.Pattern UUID_TEXT =
            java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Koers koers = new Koers();

    /** One cell to run. */
    private record Cell(Row row, Operation operation, Spec spec, CallerKind caller, int expected) {

        boolean allowed() {
            return expected / 100 == 2;
        }
    }

    /** What a cell was answered; {@code problem} is non-empty when it does not hold. */
    private record Outcome(Cell cell, Call call, int status, String answer, String problem) {
    }

    @Test
    void everyCallerGetsWhatTheTableSaysForEveryOperation() throws Exception {
        Instant started = Instant.now();
        Path file = Path.of(System.getProperty("koers.repo", "..")).resolve("docs/authorisation-matrix.md");
        AuthorisationMatrix matrix = AuthorisationMatrix.read(file);
        Map<String, Operation> operations = new LinkedHashMap<>();
        Map<String, OpenApi> documents = new LinkedHashMap<>();
        for (String service : ApiDocuments.SERVICES) {
            OpenApi document = ApiDocuments.parsedOpenApi(service);
            documents.put(service, document);
            document.operations().forEach(operation -> operations.put(service + " " + operation.operationId(), operation));
        }
        List<String> coverage = coverage(matrix, operations);

        MatrixWorld world = MatrixWorld.make(koers);
        RealIds ids = world.ids();
        List<Cell> cells = new ArrayList<>();
        for (Row row : matrix.rows()) {
            Operation operation = operations.get(row.key());
            if (operation == null) {
                continue;
            }
            Spec spec = Objects.requireNonNullElseGet(world.spec(operation.method(), operation.path()),
                    () -> generic(operation, new SchemaSamples(documents.get(row.service()), ids), ids));
            row.expected().forEach((caller, status) -> cells.add(new Cell(row, operation, spec, caller, status)));
        }

        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        run(cells.stream().filter(cell -> !cell.allowed()).toList(), IN_FLIGHT, outcomes);
        for (Phase phase : Phase.values()) {
            int inFlight = phase == Phase.READ || phase == Phase.OWN_RECORDS ? IN_FLIGHT : 1;
            run(cells.stream().filter(cell -> cell.allowed() && cell.spec().phase() == phase).toList(), inFlight, outcomes);
        }

        List<Outcome> failed = outcomes.stream().filter(outcome -> !outcome.problem().isEmpty())
                .sorted(java.util.Comparator.comparingInt((Outcome o) -> o.cell().row().line())
                        .thenComparing(o -> o.cell().caller()))
                .toList();
        String headline = "Authorisation matrix: " + matrix.rows().size() + " operations x " + CallerKind.values().length
                + " callers = " + cells.size() + " cells run in " + Duration.between(started, Instant.now()).toSeconds()
                + " s through " + koers.stack.gatewayUrl() + "; " + failed.size() + " cells differ from the table, "
                + coverage.size() + " coverage problems.";
        String report = report(headline, coverage, failed, world);
        Path written = Path.of(System.getProperty("koers.target-dir", "target")).toAbsolutePath()
                .resolve("authorisation-matrix").resolve("result.md");
        Files.createDirectories(written.getParent());
        Files.writeString(written, report);
        Files.writeString(written.resolveSibling("answers.md"), answers(matrix, outcomes));
        System.out.println(report);
        assertThat(coverage.isEmpty() && failed.isEmpty()).withFailMessage(() -> report + "\n(also in " + written + ")")
                .isTrue();
    }

    /** Operations without a row, rows without an operation, and rows whose request is not the document's. */
    private static List<String> coverage(AuthorisationMatrix matrix, Map<String, Operation> operations) {
        List<String> problems = new ArrayList<>();
        Set<String> rows = new LinkedHashSet<>();
        for (Row row : matrix.rows()) {
            if (!rows.add(row.key())) {
                problems.add(matrix.file().getFileName() + ":" + row.line() + " repeats the row of " + row.key());
            }
            Operation operation = operations.get(row.key());
            if (operation == null) {
                problems.add(matrix.file().getFileName() + ":" + row.line() + " has a row for " + row.key()
                        + ", which the " + row.service() + " document no longer has");
            } else if (!row.request().equals(operation.method() + " " + operation.path())) {
                problems.add(matrix.file().getFileName() + ":" + row.line() + " says " + row.key() + " is "
                        + row.request() + "; the document says " + operation.method() + " " + operation.path());
            }
        }
        operations.forEach((key, operation) -> {
            if (!rows.contains(key)) {
                problems.add("no row for " + operation + ": add one to " + matrix.file().getFileName()
                        + " saying what each caller must get");
            }
        });
        return problems;
    }

    private void run(List<Cell> cells, int inFlight, List<Outcome> outcomes) throws Exception {
        List<Future<?>> running = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(inFlight)) {
            for (Cell cell : cells) {
                running.add(pool.submit(() -> outcomes.add(run(cell))));
            }
        }
        for (Future<?> future : running) {
            future.get();
        }
    }

    private Outcome run(Cell cell) {
        Call call;
        try {
            call = cell.spec().target().call(cell.caller(), cell.allowed());
        } catch (RuntimeException e) {
            return new Outcome(cell, null, 0, "", "could not make its record: " + e.getMessage());
        }
        Api.Response response = send(cell.operation().method(), call);
        String problem = response.status() == cell.expected() ? "" : "answered " + response.status();
        if (problem.isEmpty() && cell.expected() == 404 && !call.recordIds().isEmpty()) {
            problem = sameAsNothing(cell, call, response);
        }
        return new Outcome(cell, call, response.status(), shorten(response.raw()), problem);
    }

    /** A record the caller may not see must be answered exactly as one that does not exist: same problem, same words. */
    private String sameAsNothing(Cell cell, Call call, Api.Response hidden) {
        String path = call.path();
        List<String> strangers = new ArrayList<>();
        for (String id : call.recordIds()) {
            String stranger = stranger(id);
            strangers.add(stranger);
            path = path.replace(id, stranger);
        }
        Api.Response missing = send(cell.operation().method(), new Call(call.user(), path, call.body(), call.headers(),
                List.of()));
        String seen = problemOf(hidden, call.recordIds());
        String nothing = problemOf(missing, strangers);
        return seen.equals(nothing) ? "" : "404 differs from one for a record that does not exist: " + seen
                + " vs " + missing.status() + " " + nothing;
    }

    private static String problemOf(Api.Response response, List<String> ids) {
        JsonNode json = response.json();
        String detail = json.path("detail").asString("");
        for (String id : ids) {
            detail = detail.replace(id, "<id>");
        }
        detail = UUID_TEXT.matcher(detail).replaceAll("<id>");
        return json.path("type").asString("") + " | " + json.path("title").asString("") + " | " + detail;
    }

    /** An id of the same shape that names nothing. */
    private static String stranger(String id) {
        if (UUID_TEXT.matcher(id).matches()) {
            return UUID.randomUUID().toString();
        }
        StringBuilder text = new StringBuilder("geen");
        while (text.length() < Math.max(id.length(), 8)) {
            text.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return text.toString();
    }

    private Api.Response send(String method, Call call) {
        String token = call.user() == null ? null : koers.token(call.user());
        return koers.api.send(method, call.path(), token, call.body(), call.headers());
    }

    /**
     * For an operation this test has no target for yet: its path filled with the world's ids, required query
     * parameters and a JSON body from the document's schemas; a read if it is a GET.
     */
    private static Spec generic(Operation operation, SchemaSamples samples, RealIds ids) {
        return new Spec(operation.method().equals("GET") ? Phase.READ : Phase.WRITE, (caller, allowed) -> {
            String path = operation.path();
            List<String> recordIds = new ArrayList<>();
            for (JsonNode parameter : operation.parameters("path")) {
                String name = parameter.path("name").asString();
                String value = ids.forName(name).or(() -> ids.forName(segmentBefore(operation.path(), name)))
                        .orElse(samples.valid(parameter.path("schema"), name).asString());
                path = path.replace("{" + name + "}", value);
                recordIds.add(value);
            }
            List<String> query = new ArrayList<>();
            for (JsonNode parameter : operation.parameters("query")) {
                if (parameter.path("required").asBoolean(false)) {
                    String name = parameter.path("name").asString();
                    query.add(name + "=" + samples.valid(parameter.path("schema"), name).asString());
                }
            }
            if (!query.isEmpty()) {
                path += "?" + String.join("&", query);
            }
            Object body = operation.jsonBody().map(schema -> (Object) samples.valid(schema, "body").toString()).orElse(null);
            return new Call(caller.user, path, body, Map.of("Accept", operation.accept()), recordIds);
        });
    }

    /** {@code cohorts} for {@code {id}} in {@code /api/cohorts/{id}/open}. */
    private static String segmentBefore(String path, String parameter) {
        String[] segments = path.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{" + parameter + "}")) {
                return segments[i - 1];
            }
        }
        return parameter;
    }

    private static String report(String headline, List<String> coverage, List<Outcome> failed, MatrixWorld world) {
        StringBuilder out = new StringBuilder(headline).append('\n');
        world.setUp().forEach(line -> out.append("World: ").append(line).append('\n'));
        coverage.forEach(problem -> out.append("- ").append(problem).append('\n'));
        if (!failed.isEmpty()) {
            out.append("\n| operation | caller | table | stack | what it answered |\n|---|---|---|---|---|\n");
            for (Outcome outcome : failed) {
                Cell cell = outcome.cell();
                out.append("| ").append(cell.row().key()).append(" (").append(cell.row().request()).append(") | ")
                        .append(cell.caller().heading).append(" | ").append(cell.expected()).append(" | ")
                        .append(outcome.status() == 0 ? "-" : outcome.status()).append(" | ")
                        .append(outcome.problem()).append(": ").append(outcome.answer().replace("|", "\\|"))
                        .append(" |\n");
            }
            out.append("\nThe differing rows as the stack answers them (to compare with the table, not to paste blindly):\n");
            Map<Row, Map<CallerKind, Integer>> byRow = failed.stream().collect(Collectors.groupingBy(o -> o.cell().row(),
                    LinkedHashMap::new, Collectors.toMap(o -> o.cell().caller(), Outcome::status, (a, b) -> a,
                            () -> new EnumMap<>(CallerKind.class))));
            byRow.forEach((row, answered) -> {
                out.append("| ").append(row.service()).append(" | ").append(row.operationId()).append(" | ")
                        .append(row.request()).append(" |");
                for (CallerKind kind : CallerKind.values()) {
                    Integer status = answered.get(kind);
                    out.append(' ').append(status == null ? String.valueOf(row.expected().get(kind))
                            : "**" + status + "**").append(" |");
                }
                out.append('\n');
            });
        }
        return out.toString();
    }

    /** The whole table as the stack answered it, a differing cell in bold, for a person to compare with the table. */
    private static String answers(AuthorisationMatrix matrix, List<Outcome> outcomes) {
        Map<String, Map<CallerKind, Outcome>> byRow = new LinkedHashMap<>();
        synchronized (outcomes) {
            outcomes.forEach(o -> byRow.computeIfAbsent(o.cell().row().key(), k -> new EnumMap<>(CallerKind.class))
                    .put(o.cell().caller(), o));
        }
        StringBuilder out = new StringBuilder("| service | operationId | request |");
        for (CallerKind kind : CallerKind.values()) {
            out.append(' ').append(kind.heading).append(" |");
        }
        out.append("\n|---|---|---|").append("---|".repeat(CallerKind.values().length)).append('\n');
        for (Row row : matrix.rows()) {
            out.append("| ").append(row.service()).append(" | ").append(row.operationId()).append(" | ")
                    .append(row.request()).append(" |");
            Map<CallerKind, Outcome> answered = byRow.getOrDefault(row.key(), Map.of());
            for (CallerKind kind : CallerKind.values()) {
                Outcome outcome = answered.get(kind);
                String cell = outcome == null ? "-" : outcome.problem().isEmpty() ? String.valueOf(outcome.status())
                        : "**" + (outcome.status() == 0 ? "-" : outcome.status()) + "**";
                out.append(' ').append(cell).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String shorten(String raw) {
        String flat = raw.replaceAll("\\s+", " ");
        return flat.length() <= 220 ? flat : flat.substring(0, 220) + "…";
    }
}
