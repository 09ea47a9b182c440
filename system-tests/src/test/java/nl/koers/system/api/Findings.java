package nl.koers.system.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.koers.system.api.BadRequests.Case;
import nl.koers.system.api.EdgeClient.Answer;
import nl.koers.testsupport.Api;
import tools.jackson.databind.JsonNode;

/**
 * What the bad-input walk found wrong, collected over the whole walk and reported at once: per category with
 * counts and examples in the failure message, every finding in a file.
 */
final class Findings {

    /** In the order they are reported: the worst first. */
    enum Category {
        SERVER_ERROR("5xx for bad input"),
        NO_ANSWER("no answer at all"),
        ACCEPTED("bad input accepted (not a 4xx)"),
        WRONG_STATUS("not the status this input calls for"),
        UNDECLARED("status the operation's document does not declare"),
        NOT_PROBLEM("error that is not application/problem+json"),
        NO_DETAIL("problem without a detail"),
        SETUP("walk setup"),
        BUDGET("walk budget");

        final String title;

        Category(String title) {
            this.title = title;
        }
    }

    record Finding(Category category, String operation, String kind, String family, String request, String answer,
                   String why) {

        String line() {
            return operation + " | " + kind + " | " + request + (answer.isEmpty() ? "" : " -> " + answer)
                    + (why.isEmpty() ? "" : " | " + why);
        }
    }

    private static final int EXAMPLES = 12;

    private final List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
    /** Every request and its answer, one a line, for a person checking what the walk did. */
    private final List<String> walk = Collections.synchronizedList(new ArrayList<>());

    boolean isEmpty() {
        return findings.isEmpty();
    }

    int size() {
        return findings.size();
    }

    void add(Category category, String what) {
        findings.add(new Finding(category, "-", category.name().toLowerCase(Locale.ROOT), category.title, what, "", ""));
    }

    /** The checks every answer gets, and those its case asks for. */
    void check(Operation operation, Case request, Answer answer) {
        walk.add(operation.service() + " " + operation.operationId() + " | " + request.kind() + ": " + request.label() + " | "
                + request.exchange().describe() + " -> " + answer.describe());
        if (answer.error() != null) {
            add(Category.NO_ANSWER, operation, request, answer, "");
            return;
        }
        int status = answer.status();
        if (status >= 500) {
            add(Category.SERVER_ERROR, operation, request, answer, "");
        }
        boolean accepted = request.mustReject() && status < 400;
        if (accepted) {
            add(Category.ACCEPTED, operation, request, answer, "the schema or the edge rejects this");
        } else if (!request.expected().isEmpty() && !request.expected().contains(status)) {
            add(Category.WRONG_STATUS, operation, request, answer, "wanted " + request.expected());
        }
        if (!operation.declares(status) && !request.allowance().contains(status) && !overTheRequestLineLimit(request, status)) {
            add(Category.UNDECLARED, operation, request, answer, "declared: " + operation.declared());
        }
        if (status >= 400) {
            if (!answer.contentType().startsWith("application/problem+json")) {
                add(Category.NOT_PROBLEM, operation, request, answer, "");
            } else if (detail(answer.body()).isBlank()) {
                add(Category.NO_DETAIL, operation, request, answer, "");
            }
        }
    }

    /** A request line over the gateway's limit (4 KB, Netty's default) is refused with 414 before any route is chosen. */
    private static boolean overTheRequestLineLimit(Case request, int status) {
        String line = request.exchange().method() + " " + request.exchange().target() + " HTTP/1.1";
        return status == 414 && line.length() > 4096;
    }

    private static String detail(String body) {
        try {
            JsonNode problem = Api.parse(body);
            return problem.path("detail").isString() ? problem.get("detail").asString() : "";
        } catch (RuntimeException e) {
            return "";
        }
    }

    private void add(Category category, Operation operation, Case request, Answer answer, String why) {
        findings.add(new Finding(category, operation.service() + " " + operation.operationId(), request.kind() + ": "
                + request.label(), family(request), request.exchange().describe(), answer.describe(), why));
    }

    /** What a case has in common with the same case of other operations and fields: "not JSON", "NUL %00". */
    private static String family(Case request) {
        String label = request.label();
        return switch (request.kind()) {
            case "query" -> label.contains("(") ? label.substring(label.lastIndexOf('(') + 1, label.length() - 1) : label;
            case "path id", "body" -> label.contains(": ") ? label.substring(label.indexOf(": ") + 2)
                    : label.replaceFirst("^\\S+ (missing|null) ", "$1 ");
            default -> label;
        };
    }

    /** Counts per category, with where they come from and a few examples each. */
    String summary(String header, Path fullList) {
        Map<Category, List<Finding>> byCategory = new TreeMap<>(findings.stream()
                .collect(Collectors.groupingBy(Finding::category)));
        StringBuilder text = new StringBuilder(header).append("\n").append(findings.size()).append(" findings; every one in ")
                .append(fullList).append("\n");
        byCategory.forEach((category, list) -> text.append(String.format("  %-52s %5d   by operation: %d; by case: %s%n",
                category.title, list.size(), list.stream().map(Finding::operation).distinct().count(),
                top(list, Finding::family, 8))));
        byCategory.forEach((category, list) -> {
            text.append("\n").append(category.title).append(" (").append(Math.min(EXAMPLES, list.size())).append(" of ")
                    .append(list.size()).append("):\n");
            // Examples from as many operations and kinds of case as possible, rather than the first dozen of one.
            Map<String, Finding> spread = new LinkedHashMap<>();
            list.forEach(finding -> spread.putIfAbsent(finding.family(), finding));
            list.forEach(finding -> spread.putIfAbsent(finding.operation(), finding));
            spread.values().stream().distinct().limit(EXAMPLES)
                    .forEach(finding -> text.append("  ").append(finding.line()).append('\n'));
        });
        return text.toString();
    }

    private static String top(List<Finding> list, Function<Finding, String> key, int limit) {
        Map<String, Long> counts = list.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        String shown = sorted.stream().limit(limit).map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return sorted.size() > limit ? shown + ", ... (" + (sorted.size() - limit) + " more)" : shown;
    }

    /** Writes the findings to {@code file}, and every request of the walk with its answer beside it ({@code walk.txt}). */
    void write(Path file, String header) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::category).thenComparing(Finding::operation).thenComparing(Finding::kind));
        StringBuilder text = new StringBuilder(header).append("\n\n");
        Category current = null;
        for (Finding finding : sorted) {
            if (finding.category() != current) {
                current = finding.category();
                text.append("\n== ").append(current.title).append('\n');
            }
            text.append(finding.line()).append('\n');
        }
        List<String> requests;
        synchronized (walk) {
            requests = new ArrayList<>(walk);
        }
        Collections.sort(requests);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            Files.write(file.resolveSibling("walk.txt"), requests);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
