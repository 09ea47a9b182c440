package nl.koers.local.idp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Many people (or a test suite) fetching tokens at once through the real flow, as {@code deploy/local/token}
 * does: with Spring's {@code InMemoryOAuth2AuthorizationService} some of these failed with a
 * {@code ConcurrentModificationException} while one thread looked up its code and another saved its own
 * authorization.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentTokenRequestsTest {

    private static final int PARALLEL = 30;
    private static final int ROUNDS = 5;
    private static final String CLI_REDIRECT = "http://127.0.0.1:8400/callback";

    @LocalServerPort
    int port;

    @Autowired
    JwtDecoder jwtDecoder;

    @Test
    void issuesEveryTokenWhenThirtyUsersSignInAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> tokens = new ArrayList<>();
                for (int n = 1; n <= PARALLEL; n++) {
                    String user = "participant" + n;
                    tokens.add(pool.submit(() -> {
                        start.await();
                        return cliAccessToken(user);
                    }));
                }
                start.countDown();
                for (int n = 1; n <= PARALLEL; n++) {
                    Jwt token = jwtDecoder.decode(tokens.get(n - 1).get(60, TimeUnit.SECONDS));
                    assertThat(token.getSubject()).isEqualTo("participant" + n);
                    assertThat(token.getAudience()).containsExactly("koers");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String cliAccessToken(String user) {
        Browser browser = new Browser(port);
        String verifier = Browser.randomToken() + Browser.randomToken();
        String state = Browser.randomToken();
        String callback = browser.authorize("response_type=code&client_id=koers-cli&scope=openid%20profile"
                + "&redirect_uri=" + Browser.encode(CLI_REDIRECT) + "&state=" + state
                + "&code_challenge=" + Browser.challenge(verifier) + "&code_challenge_method=S256", user);
        assertThat(callback).startsWith(CLI_REDIRECT + "?");
        assertThat(Browser.queryParameter(callback, "state")).isEqualTo(state);
        Map<String, Object> response = browser.tokenRequest(Map.of(
                "grant_type", "authorization_code",
                "code", Browser.queryParameter(callback, "code"),
                "redirect_uri", CLI_REDIRECT,
                "client_id", "koers-cli",
                "code_verifier", verifier));
        return (String) response.get("access_token");
    }
}
