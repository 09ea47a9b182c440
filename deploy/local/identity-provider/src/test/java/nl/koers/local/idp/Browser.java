package nl.koers.local.idp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.json.JsonParserFactory;

/**
 * Plays a browser against the running identity provider, as {@code deploy/local/token} does: its own cookie
 * jar, no automatic redirects (each hop is checked), the login form with its CSRF token.
 */
final class Browser {

    static final String PASSWORD = "koers-demo";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("\\svalue=\"([^\"]*)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    Browser(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    String base() {
        return base;
    }

    HttpResponse<String> get(String pathOrUrl, String... headers) {
        return send(request(pathOrUrl, headers).GET());
    }

    HttpResponse<String> postForm(String pathOrUrl, Map<String, String> form, String... headers) {
        return send(request(pathOrUrl, headers)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form))));
    }

    /**
     * Sends the browser to the authorization endpoint, logs in through the form when asked, and returns the
     * {@code Location} the provider finally sends it to: the client's redirect URI with a code, or an error.
     */
    String authorize(String query, String user) {
        HttpResponse<String> answer = get("/oauth2/authorize?" + query, "Accept", "text/html");
        assertThat(answer.statusCode()).as("authorize").isEqualTo(302);
        String location = location(answer);
        if (location.endsWith("/login")) {
            HttpResponse<String> loggedIn = postForm("/login", Map.of(
                    "username", user, "password", PASSWORD, "_csrf", csrfToken(get("/login").body())));
            assertThat(loggedIn.statusCode()).as("login").isEqualTo(302);
            assertThat(location(loggedIn)).as("login").doesNotContain("/login?error");
            answer = get(location(loggedIn));
            assertThat(answer.statusCode()).as("authorize after login").isEqualTo(302);
            location = location(answer);
        }
        return location;
    }

    Map<String, Object> tokenRequest(Map<String, String> form, String... headers) {
        HttpResponse<String> answer = postForm("/oauth2/token", form, headers);
        assertThat(answer.statusCode()).as("token response %s", answer.body()).isEqualTo(200);
        return JsonParserFactory.getJsonParser().parseMap(answer.body());
    }

    boolean hasCookie(String name) {
        synchronized (cookies) {
            return cookies.containsKey(name);
        }
    }

    static String csrfToken(String html) {
        Matcher input = CSRF_INPUT.matcher(html);
        assertThat(input.find()).as("a _csrf input in %s", html).isTrue();
        Matcher value = VALUE.matcher(input.group());
        assertThat(value.find()).as("a value in %s", input.group()).isTrue();
        return value.group(1);
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    static String queryParameter(String url, String name) {
        Matcher matcher = Pattern.compile("[?&]" + Pattern.quote(name) + "=([^&#]*)").matcher(url);
        return matcher.find() ? URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8) : null;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The S256 code challenge for a PKCE code verifier. */
    static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private HttpRequest.Builder request(String pathOrUrl, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl))
                .timeout(Duration.ofSeconds(20));
        if (headers.length > 0) {
            request.headers(headers);
        }
        String cookieHeader;
        synchronized (cookies) {
            cookieHeader = cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; "));
        }
        if (!cookieHeader.isEmpty()) {
            request.header("Cookie", cookieHeader);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            keepCookies(response);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void keepCookies(HttpResponse<?> response) {
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).trim();
            String value = pair.substring(equals + 1).trim();
            boolean expired = setCookie.toLowerCase().contains("max-age=0") || value.isEmpty();
            synchronized (cookies) {
                if (expired) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
        }
    }
}
