package nl.koers.system;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The real local stack, started once per test JVM with the README's own scripts ({@code deploy/local/up},
 * {@code down}, {@code token}) in a run dir of its own and on ports shifted by an offset, and stopped when
 * the JVM ends. Tests reach it only as a user would: the gateway, tokens from the identity provider, and
 * the Kafka broker's port. Public, with {@link #get()}, {@link #gatewayUrl()} and {@link #token(String)}, for the
 * browser tests in {@code nl.koers.system.browser}.
 */
public final class LocalStack {

    private static LocalStack instance;

    private final Path repo;
    private final Path runDir;
    private final int offset;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private LocalStack(Path repo, Path runDir, int offset) {
        this.repo = repo;
        this.runDir = runDir;
        this.offset = offset;
    }

    public static synchronized LocalStack get() {
        if (instance == null) {
            LocalStack stack = new LocalStack(Path.of(System.getProperty("koers.repo", "..")).toAbsolutePath().normalize(),
                    Path.of(System.getProperty("koers.run-dir", "target/stack")).toAbsolutePath(),
                    Integer.parseInt(System.getProperty("koers.port-offset", "10000")));
            stack.script(Duration.ofMinutes(10), "up", "--fresh");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stack.script(Duration.ofMinutes(2), "down")));
            instance = stack;
        }
        return instance;
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + (8080 + offset);
    }

    String kafkaBootstrapServers() {
        return "127.0.0.1:" + (9092 + offset);
    }

    /** The stack's SMTP server's web API (GreenMail), where the tests read the mails Koers sent. */
    public String smtpApiUrl() {
        return "http://127.0.0.1:" + (8025 + offset);
    }

    /** The stack's MongoDB-protocol server, which holds every service's database. */
    String mongoUri() {
        return "mongodb://127.0.0.1:" + (27017 + offset);
    }

    /** An access token for a demo user, from the identity provider through the authorization-code flow. */
    public String token(String user) {
        return tokens.computeIfAbsent(user, u -> script(Duration.ofSeconds(60), "token", u).strip());
    }

    /** Stops one part of the stack the hard way, as a crash would. */
    void kill(String component) {
        stop(component, true);
    }

    /** Stops one part of the stack the way an operator would (SIGTERM), as in a planned outage. */
    void stop(String component) {
        stop(component, false);
    }

    private void stop(String component, boolean forcibly) {
        Path pidFile = runDir.resolve("pids").resolve(component + ".pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            ProcessHandle.of(pid).ifPresent(process -> {
                if (forcibly) {
                    process.destroyForcibly();
                } else {
                    process.destroy();
                }
                process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("No pid file " + pidFile, e);
        }
    }

    /** Runs {@code deploy/local/up} again, which starts only what is not running. */
    void up() {
        script(Duration.ofMinutes(5), "up");
    }

    private String script(Duration timeout, String name, String... args) {
        List<String> command = new ArrayList<>();
        command.add(repo.resolve("deploy/local").resolve(name).toString());
        command.addAll(List.of(args));
        try {
            // Beside the run dir, not in it: up --fresh wipes only a run dir it made itself.
            Path logs = Files.createDirectories(runDir.resolveSibling(runDir.getFileName() + "-scripts"));
            Path stdout = Files.createTempFile(logs, name + "-", ".out");
            Path stderr = Files.createTempFile(logs, name + "-", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile())
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().put("KOERS_RUN_DIR", runDir.toString());
            builder.environment().put("KOERS_PORT_OFFSET", String.valueOf(offset));
            // 40 participants enrol at once, one more probes cohorts, participant42..46 use the browser, the organiser's
            // journey enrols participant47..54 and the coalition's participant55..60; the privacy tests use 61..120
            // (the authorisation matrix 61..70, erasure and export 71..100, the privacy pages 101..110), the notification
            // pages 111..114 and the notification tests 115..120; the README's stack has 30.
            builder.environment().put("KOERS_DEMO_PARTICIPANTS", "120");
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " did not finish within " + timeout + "; see " + stdout);
            }
            String output = Files.readString(stdout, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(name + " failed (exit " + process.exitValue() + "):\n" + output
                        + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            Files.delete(stdout);
            Files.delete(stderr);
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
