import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures, against a running local stack, (1) the time from an enrolment's 201 to the participant's
 * appearance in trajectory-service's roster, for N enrolments, and (2) the latency of one read through the
 * gateway against the same read straight to the service, in the same run.
 *
 * Run: java bench/EnrolmentLatency.java [enrolments=100] [gateway=http://127.0.0.1:8080] [service=http://127.0.0.1:8082]
 * Needs only a JDK 21+ (single-file source launch); tokens come from deploy/local/token.
 */
public class EnrolmentLatency {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        String gateway = args.length > 1 ? args[1] : "http://127.0.0.1:8080";
        String service = args.length > 2 ? args[2] : "http://127.0.0.1:8082";
        String organiser = token("organiser");
        List<String> participants = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            String token = token("participant" + n);
            participants.add(token);
            send("PUT", gateway + "/api/participants/me", token, "{\"displayName\":\"Bench " + n
                    + "\",\"email\":\"bench" + n + "@example.nl\",\"institution\":\"ROC Bench\",\"sector\":\"MBO\",\"function\":\"docent\"}");
        }
        String trajectory = field(send("POST", gateway + "/api/trajectories", organiser,
                "{\"title\":\"Bench\",\"description\":\"latency\",\"organiser\":\"Bench\",\"coalitionIds\":[]}").body(), "id");

        List<Double> latencies = new ArrayList<>();
        String cohort = null;
        for (int i = 0; i < count; i++) {
            if (i % participants.size() == 0) {
                cohort = openCohort(gateway, organiser, trajectory);
            }
            String participantId = "participant" + (i % participants.size() + 1);
            HttpResponse<String> enrolled;
            do {
                // Right after opening, enrolment-service may not know the cohort yet (404/409): try again.
                enrolled = send("POST", gateway + "/api/enrolments", participants.get(i % participants.size()),
                        "{\"cohortId\":\"" + cohort + "\"}");
            } while (enrolled.statusCode() != 201 && enrolled.body().matches("(?s).*(cohort-not-found|cohort-not-open).*"));
            if (enrolled.statusCode() != 201) {
                throw new IllegalStateException("enrolment failed: " + enrolled.body());
            }
            long accepted = System.nanoTime();
            while (!send("GET", gateway + "/api/cohorts/" + cohort + "/participants?size=100", organiser, null)
                    .body().contains("\"" + participantId + "\"")) {
                Thread.sleep(1);
            }
            latencies.add((System.nanoTime() - accepted) / 1e6);
        }
        Collections.sort(latencies);
        System.out.printf("enrolment 201 -> roster (n=%d): median %.1f ms, p90 %.1f ms, worst %.1f ms%n", count,
                latencies.get(count / 2), latencies.get((int) (count * 0.9)), latencies.getLast());

        String path = "/api/trajectories/" + trajectory;
        double viaGateway = meanMillis(gateway + path, organiser);
        double direct = meanMillis(service + path, organiser);
        System.out.printf("GET %s: via gateway %.2f ms, direct %.2f ms, gateway/direct %.2fx%n", "/api/trajectories/{id}",
                viaGateway, direct, viaGateway / direct);
    }

    static String openCohort(String gateway, String organiser, String trajectory) throws Exception {
        Instant now = Instant.now();
        String cohort = field(send("POST", gateway + "/api/trajectories/" + trajectory + "/cohorts", organiser,
                "{\"name\":\"Bench\",\"capacity\":30,\"startsOn\":\"2027-01-10\",\"endsOn\":\"2027-06-30\",\"enrolmentOpensAt\":\""
                        + now.minusSeconds(60) + "\",\"enrolmentClosesAt\":\"" + now.plus(Duration.ofDays(1)) + "\"}").body(), "id");
        send("POST", gateway + "/api/cohorts/" + cohort + "/open", organiser, null);
        return cohort;
    }

    static double meanMillis(String url, String token) throws Exception {
        for (int i = 0; i < 200; i++) {
            send("GET", url, token, null);
        }
        int rounds = 1000;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            if (send("GET", url, token, null).statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " failed");
            }
        }
        return (System.nanoTime() - start) / 1e6 / rounds;
    }

    static HttpResponse<String> send(String method, String url, String token, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    static String token(String user) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("deploy/local/token", user).redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("deploy/local/token " + user + " failed");
        }
        return out;
    }
}
