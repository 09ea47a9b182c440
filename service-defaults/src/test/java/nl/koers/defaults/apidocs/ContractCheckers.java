package nl.koers.defaults.apidocs;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The external checkers of the contract documents (src/test/lint: Redocly CLI, Spectral, the AsyncAPI parser,
 * pinned in its package-lock.json), installed with the machine's npm into target/lint once per build: again only
 * when the lock file changed. Without npm the tests that need them fail and say so; they never skip.
 */
final class ContractCheckers {

    private static final Path SOURCE = Path.of("src", "test", "lint");
    private static final Path HOME = Path.of("target", "lint");
    private static final Path INSTALLED = HOME.resolve("node_modules").resolve(".koers-installed");

    /** What a checker printed, and whether it found nothing to complain about. */
    record Outcome(int exitCode, String output) {

        boolean clean() {
            return exitCode == 0;
        }
    }

    private ContractCheckers() {
    }

    /** Lints OpenAPI documents with Redocly (recommended) and Spectral (spectral:oas). */
    static Outcome checkOpenApi(Path... documents) {
        return node("check-openapi.mjs", documents);
    }

    /** Validates AsyncAPI documents with the AsyncAPI parser. */
    static Outcome checkAsyncApi(Path... documents) {
        return node("check-asyncapi.mjs", documents);
    }

    private static Outcome node(String script, Path... documents) {
        install();
        List<String> command = new ArrayList<>(List.of("node", script));
        Stream.of(documents).map(d -> d.toAbsolutePath().toString()).forEach(command::add);
        return run(command, 180);
    }

    private static synchronized void install() {
        try {
            Files.createDirectories(HOME);
            require(List.of("npm", "--version"), "npm");
            require(List.of("node", "--version"), "node");
            try (Stream<Path> files = Files.list(SOURCE)) {
                for (Path file : files.toList()) {
                    Files.copy(file, HOME.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            String lock = Files.readString(SOURCE.resolve("package-lock.json"));
            String stamp = Integer.toHexString(lock.hashCode()) + "-" + lock.length();
            if (Files.exists(INSTALLED) && Files.readString(INSTALLED).equals(stamp)) {
                return;
            }
            Outcome npm = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"), 600);
            if (!npm.clean()) {
                fail("npm ci in " + HOME.toAbsolutePath() + " failed (exit " + npm.exitCode() + "):\n" + npm.output());
            }
            Files.writeString(INSTALLED, stamp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void require(List<String> command, String tool) {
        try {
            if (run(command, 60).clean()) {
                return;
            }
        } catch (UncheckedIOException e) {
            // answered below
        }
        fail(tool + " is not installed or does not run: the contract checkers (Redocly CLI, Spectral, the AsyncAPI"
                + " parser) are npm packages run with Node.js. Install Node.js and npm (Debian: apt-get install"
                + " nodejs npm) and run the build again.");
    }

    private static Outcome run(List<String> command, int timeoutSeconds) {
        try {
            Path log = Files.createTempFile("contract-checker", ".log");
            Process process = new ProcessBuilder(command).directory(HOME.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            return new Outcome(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
