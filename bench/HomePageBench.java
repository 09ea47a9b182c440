import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web app's home page as a participant sees it, timed end to end: browser -> gateway -> web -> gateway ->
 * enrolment- and trajectory-service and back. Sets up N open cohorts (the participant enrolled in half of them,
 * each with a session ahead), signs the participant in through the real OIDC flow (identity provider login form,
 * authorization code, the web app's session cookie), then requests the home page R times and prints p50/p95/p99.
 * The figure is the time to the last byte on loopback, which is the server time plus a few tens of microseconds.
 *
 * Run: java bench/HomePageBench.java [cohorts=20] [requests=300] [gateway=http://127.0.0.1:8080] [idp=http://127.0.0.1:9000]
 * Needs only a JDK 21+ and a running stack (deploy/local/up); tokens for the set-up come from deploy/local/token.
 */
public class HomePageBench {

    static final HttpClient API = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        int cohorts = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        String gateway = args.length > 2 ? args[2] : "http://127.0.0.1:8080";
        String idp = args.length > 3 ? args[3] : "http://127.0.0.1:9000";
        String user = "participant30";

        String organiser = token("organiser");
        String participant = token(user);
        send("PUT", gateway + "/api/participants/me", participant, "{\"displayName\":\"Bench Deelnemer\","
                + "\"email\":\"bench@example.nl\",\"institution\":\"ROC Bench\",\"sector\":\"MBO\",\"function\":\"docent\"}");
        String trajectory = field(send("POST", gateway + "/api/trajectories", organiser,
                "{\"title\":\"Bench thuispagina\",\"description\":\"home page\",\"organiser\":\"Bench\",\"coalitionIds\":[]}").body(), "id");
        for (int i = 0; i < cohorts; i++) {
            String cohort = field(send("POST", gateway + "/api/trajectories/" + trajectory + "/cohorts", organiser,
                    "{\"name\":\"Bench " + i + "\",\"capacity\":30,\"startsOn\":\"" + LocalDate.now().plusDays(30)
                            + "\",\"endsOn\":\"" + LocalDate.now().plusDays(200) + "\",\"facilitatorIds\":[\"facilitator\"]}").body(), "id");
            send("POST", gateway + "/api/cohorts/" + cohort + "/open", organiser, null);
            Instant start = Instant.now().plus(Duration.ofDays(31 + i));
            send("POST", gateway + "/api/cohorts/" + cohort + "/sessions", organiser, "{\"title\":\"Bijeenkomst\",\"startsAt\":\""
                    + start + "\",\"endsAt\":\"" + start.plus(Duration.ofHours(3)) + "\"}");
            if (i % 2 == 0) {
                HttpResponse<String> enrolled;
                do { // enrolment-service learns of the opened cohort from an event a moment later
                    enrolled = send("POST", gateway + "/api/enrolments", participant, "{\"cohortId\":\"" + cohort + "\"}");
                } while (enrolled.statusCode() != 201 && enrolled.body().matches("(?s).*(cohort-not-found|cohort-not-open).*"));
            }
        }

        HttpClient browser = signIn(gateway, idp, user);
        HttpRequest home = HttpRequest.newBuilder(URI.create(gateway + "/")).header("Accept", "text/html").build();
        for (int i = 0; i < 50; i++) { // warm-up
            expectPage(browser.send(home, HttpResponse.BodyHandlers.ofString()));
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long begin = System.nanoTime();
            expectPage(browser.send(home, HttpResponse.BodyHandlers.ofString()));
            millis.add((System.nanoTime() - begin) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("home page, %d cohorts open (enrolled in %d), %d requests: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                cohorts, (cohorts + 1) / 2, requests, at(millis, 0.50), at(millis, 0.95), at(millis, 0.99), millis.get(millis.size() - 1));
    }

    /** The browser's part of the OIDC login: follow the redirects by hand, fill in the provider's form, keep the cookies. */
    static HttpClient signIn(String gateway, String idp, String user) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String next = gateway + "/";
        for (int hop = 0; hop < 10; hop++) {
            HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(next)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200 && next.startsWith(idp) && answer.body().contains("name=\"password\"")) {
                Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"").matcher(answer.body());
                if (!csrf.find()) {
                    throw new IllegalStateException("no CSRF token on the login page");
                }
                String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
                HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(idp + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + URLEncoder.encode(
                                System.getenv().getOrDefault("KOERS_DEMO_PASSWORD", "koers-demo"), StandardCharsets.UTF_8)
                                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
                next = login.headers().firstValue("Location").orElseThrow();
                continue;
            }
            if (answer.statusCode() == 200) {
                expectPage(answer);
                return browser;
            }
            String location = answer.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                    "sign-in stopped at " + answer.uri() + " with " + answer.statusCode()));
            next = URI.create(next).resolve(location).toString();
        }
        throw new IllegalStateException("sign-in did not end after 10 redirects");
    }

    static void expectPage(HttpResponse<String> page) {
        if (page.statusCode() != 200 || !page.body().contains("<h1")) {
            throw new IllegalStateException("home page answered " + page.statusCode());
        }
    }

    static double at(List<Double> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }

    static HttpResponse<String> send(String method, String uri, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return API.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    static String token(String user) throws Exception {
        Process process = new ProcessBuilder("deploy/local/token", user).redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0 || out.isEmpty()) {
            throw new IllegalStateException("deploy/local/token " + user + " failed");
        }
        return out;
    }
}
