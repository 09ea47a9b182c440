package nl.koers.local.idp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * {@code deploy/local/token} against this provider's real login page: it reads the CSRF token out of the form
 * (whose hidden input Thymeleaf writes with its attributes in another order than Spring Security's generated
 * page did) and gets an access token through the koers-cli flow.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TokenScriptTest {

    private static final Path SCRIPT = Path.of("..", "token");

    @LocalServerPort
    int port;

    @Autowired
    JwtDecoder jwtDecoder;

    @Test
    void tokenScriptGetsAnAccessTokenThroughTheLoginForm() throws IOException, InterruptedException {
        // curl and openssl are prerequisites in the README: without them the test fails and says so.
        assertThat(Files.isExecutable(SCRIPT) && onPath("curl") && onPath("openssl"))
                .as("needs deploy/local/token, curl and openssl (README prerequisites)").isTrue();
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), "participant7");
        builder.environment().put("KOERS_IDP_URL", "http://127.0.0.1:" + port);
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("exit code of deploy/local/token").isZero();
        Jwt token = jwtDecoder.decode(output);
        assertThat(token.getSubject()).isEqualTo("participant7");
        assertThat(token.getAudience()).containsExactly("koers");
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, command)));
    }
}
