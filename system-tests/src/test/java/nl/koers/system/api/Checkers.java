package nl.koers.system.api;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.testsupport.Api;
import tools.jackson.databind.JsonNode;

/**
 * The external API checkers, none written here: Redocly CLI's {@code recommended} rules and Spectral's
 * {@code spectral:oas} rules on the OpenAPI documents, the AsyncAPI parser (through service-defaults'
 * {@code check-asyncapi.mjs}) on the AsyncAPI documents. They run on the machine's own Node. The build copies
 * service-defaults' pinned set ({@code src/test/lint}: package.json, package-lock.json, rulesets, scripts) to
 * the checkers directory ({@code koers.checkers-dir}, {@code target/checkers}) and installs it there with
 * {@code npm ci} (this module's pom), so that the build and this test use one set of versions and rules.
 */
final class Checkers {

    private static final Pattern ASYNCAPI_TOTALS = Pattern.compile("(\\d+) errors, (\\d+) warnings");
    private static final String[] SPECTRAL_SEVERITIES = {"error", "warning", "info", "hint"};
    private static final int SHOWN_LINES = 150;

    private Checkers() {
    }

    /** What one checker found in one document: counts, and its findings one a line. */
    record Report(String checker, Path document, int errors, int warnings, List<String> findings, Path fullOutput) {

        boolean clean() {
            return errors == 0 && warnings == 0;
        }

        String describe() {
            StringBuilder text = new StringBuilder(checker + " on " + document.getFileName() + ": " + errors + " errors, "
                    + warnings + " warnings (0 of each wanted); full output in " + fullOutput + "\n");
            findings.stream().limit(SHOWN_LINES).forEach(line -> text.append("  ").append(line).append('\n'));
            if (findings.size() > SHOWN_LINES) {
                text.append("  ... and ").append(findings.size() - SHOWN_LINES).append(" more\n");
            }
            return text.toString();
        }
    }

    static Path directory() {
        return Path.of(System.getProperty("koers.checkers-dir", "target/checkers")).toAbsolutePath().normalize();
    }

    /**
     * Fails, never skips, when Node or the installed checkers are missing: an API contract that is not
     * checked would rot unnoticed.
     */
    static void requireInstalled() {
        String version;
        try {
            version = run(List.of("node", "--version"), ApiDocuments.directory().resolve("node-version.txt")).output.strip();
        } catch (UncheckedIOException e) {
            throw new AssertionError("The API contract checks need Node.js 20.19+ (with npm) on the PATH, and found no "
                    + "'node' (" + e.getCause().getMessage() + "). Install it (Debian: apt-get install nodejs npm); the build "
                    + "then installs the checkers with 'npm ci' in " + directory() + ".");
        }
        for (Path tool : List.of(redoclyCli(), spectralCli(), directory().resolve("node_modules/@asyncapi/parser/package.json"),
                directory().resolve("check-asyncapi.mjs"), directory().resolve("redocly.yaml"),
                directory().resolve("spectral.yaml"))) {
            if (!Files.exists(tool)) {
                throw new AssertionError("Node " + version + " is there, but " + tool + " is not: the build copies "
                        + "service-defaults/src/test/lint to " + directory() + " and installs the checkers there with 'npm ci "
                        + "--no-audit --no-fund' (phase generate-test-resources). Run './mvnw -pl system-tests verify'.");
            }
        }
    }

    static Report redocly(Path document) {
        Path config = directory().resolve("redocly.yaml");
        Path output = outputFile(document, "redocly.json");
        Ran ran = run(List.of("node", redoclyCli().toString(), "lint", "--config", config.toString(), "--format", "json",
                document.toString()), output);
        JsonNode json;
        try {
            json = Api.parse(ran.output);
        } catch (RuntimeException e) {
            return unreadable("Redocly lint (recommended)", document, ran, output);
        }
        List<String> findings = new ArrayList<>();
        json.path("problems").forEach(problem -> findings.add(problem.path("severity").asString() + " "
                + problem.path("ruleId").asString() + " at " + problem.path("location").path(0).path("pointer").asString()
                + ": " + problem.path("message").asString()));
        return new Report("Redocly lint (recommended)", document, json.path("totals").path("errors").asInt(-1),
                json.path("totals").path("warnings").asInt(-1), findings, output);
    }

    static Report spectral(Path document) {
        Path ruleset = directory().resolve("spectral.yaml");
        Path results = outputFile(document, "spectral.json");
        Ran ran = run(List.of("node", spectralCli().toString(), "lint", document.toString(), "--ruleset", ruleset.toString(),
                "--format", "json", "--output", results.toString(), "--fail-severity", "hint"), outputFile(document, "spectral.log"));
        JsonNode json;
        try {
            json = Api.parse(Files.readString(results));
        } catch (IOException | RuntimeException e) {
            return unreadable("Spectral (spectral:oas)", document, ran, results);
        }
        int[] counts = new int[4];
        List<String> findings = new ArrayList<>();
        json.forEach(result -> {
            int severity = result.path("severity").asInt(0);
            counts[severity] += 1;
            List<String> path = new ArrayList<>();
            result.path("path").forEach(segment -> path.add(segment.asString()));
            findings.add(SPECTRAL_SEVERITIES[severity] + " " + result.path("code").asString() + " at "
                    + String.join(".", path) + ": " + result.path("message").asString());
        });
        return new Report("Spectral (spectral:oas)", document, counts[0], counts[1], findings, results);
    }

    static Report asyncApiParser(Path document) {
        Path output = outputFile(document, "asyncapi-parser.log");
        Ran ran = run(List.of("node", directory().resolve("check-asyncapi.mjs").toString(), document.toString()),
                output);
        Matcher totals = ASYNCAPI_TOTALS.matcher(ran.output);
        List<String> findings = ran.output.lines().filter(line -> !ASYNCAPI_TOTALS.matcher(line).find())
                .map(line -> line.replace(document + ": ", "")).toList();
        if (!totals.find()) {
            return unreadable("AsyncAPI parser", document, ran, output);
        }
        int errors = Integer.parseInt(totals.group(1));
        // The script exits non-zero on anything it could not parse; count that as an error even without a line.
        return new Report("AsyncAPI parser", document, ran.exitCode != 0 && errors == 0 ? 1 : errors,
                Integer.parseInt(totals.group(2)), findings, output);
    }

    private static Report unreadable(String checker, Path document, Ran ran, Path output) {
        String said = (ran.output + "\n" + ran.errors).strip();
        return new Report(checker, document, 1, 0, List.of("the checker gave no readable result (exit " + ran.exitCode
                + "):", said.substring(0, Math.min(4000, said.length()))), output);
    }

    private static Path redoclyCli() {
        return directory().resolve("node_modules/@redocly/cli/bin/cli.js");
    }

    private static Path spectralCli() {
        return directory().resolve("node_modules/@stoplight/spectral-cli/dist/index.js");
    }

    private static Path outputFile(Path document, String suffix) {
        String name = document.getFileName().toString().replaceFirst("\\.(json|yaml)$", "");
        return document.resolveSibling(name + "." + suffix);
    }

    private record Ran(int exitCode, String output, String errors) {
    }

    /** Runs a command in the checkers directory; its stdout goes to {@code output}, its stderr beside it. */
    private static Ran run(List<String> command, Path output) {
        Path errors = output.resolveSibling(output.getFileName() + ".stderr");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory().toFile())
                .redirectOutput(output.toFile()).redirectError(errors.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        // Nothing phones home or checks for updates; no colours in the output.
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        builder.environment().put("NO_COLOR", "1");
        try {
            Files.createDirectories(output.getParent());
            Process process = builder.start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within 3 minutes; see " + output);
            }
            return new Ran(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8),
                    Files.readString(errors, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
