package nl.koers.web.organise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.web.ApiStandIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An invitation list too large for the web app, posted to the real server (Tomcat parses multipart bodies, which
 * MockMvc does not): its CSRF token sits in the part that is never read, and still the post is not refused as a
 * forgery, so that the page can say the file is too large. A post that is small enough keeps the CSRF check. Not
 * signed in, both end at sign-in (302) unless CSRF refuses them first (403), which tells the two apart without a
 * session of a signed-in user.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadLimitTest {

    private static final ApiStandIn API = new ApiStandIn();
    private static final String BOUNDARY = "koersBoundary7MA4YWxkTrZu0gW";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @DynamicPropertySource
    static void standIn(DynamicPropertyRegistry registry) {
        registry.add("koers.web.api-uri", API::uri);
        registry.add("spring.security.oauth2.client.provider.koers.issuer-uri", API::uri);
    }

    @AfterAll
    static void stop() {
        API.close();
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void aListTooLargeToReadIsNotTakenForAForgery() throws Exception {
        String token = csrfToken();

        HttpResponse<String> answer = post(token, 3 * 1024 * 1024);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/oauth2/authorization/koers"));
    }

    @Test
    void aListSmallEnoughToReadStillNeedsItsCsrfToken() throws Exception {
        csrfToken();

        assertThat(post("not-the-token", 1024).statusCode()).isEqualTo(403);
        assertThat(post(null, 1024).statusCode()).isEqualTo(403);
    }

    @Test
    void aListTooLargeToReadElsewhereIsStillCheckedForItsToken() throws Exception {
        csrfToken();

        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/mail/"
                        + "55555555-5555-5555-5555-555555555555/resend"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(null, 3 * 1024 * 1024))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(403);
    }

    /** A session and its CSRF token, from a page anyone may open. */
    private String csrfToken() throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/signed-out")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as(page.body()).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> post(String csrf, int fileSize) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/organise/cohorts/"
                        + OrganiseFixtures.COHORT + "/invitations"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(csrf, fileSize))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] body(String csrf, int fileSize) {
        StringBuilder head = new StringBuilder();
        if (csrf != null) {
            head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
                    .append(csrf).append("\r\n");
        }
        head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"groot.csv\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + fileSize + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        java.util.Arrays.fill(body, start.length, start.length + fileSize, (byte) 'a');
        System.arraycopy(end, 0, body, start.length + fileSize, end.length);
        return body;
    }
}
