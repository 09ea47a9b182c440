import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures, against a running local stack through the gateway: (1) the time from an erasure request (202) to the
 * erasure's COMPLETED (every service erased its part), for N participants one after another (median and worst),
 * and (2) the size and time of the one export file ({@code GET /api/privacy/export}) of a participant with four
 * sessions of data (attendance, a question refined every session, a reflection per session, a stakeholder map, a
 * case, an action plan with steps, feedback both ways, an evaluation).
 *
 * Run from the repository root: java bench/PrivacyBench.java [erasures=20] [gateway=http://127.0.0.1:8080]
 * Needs a JDK 22+ (multi-file source launch: it signs in and sends with {@link EnrolmentLatency}'s helpers, the
 * bench beside it); tokens come from deploy/local/token, so set KOERS_PORT_OFFSET as for the stack.
 * Uses demo users participant75..94 (erasures) and participant95..96 (export): start the stack with
 * KOERS_DEMO_PARTICIPANTS=100 or more. An erased participant who fills in a profile again starts afresh, so
 * the bench can run again on the same stack; it erases the export's two participants at the end for that reason.
 */
public class PrivacyBench {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String gateway = args.length > 1 ? args[1] : "http://127.0.0.1:8080";
        String organiser = EnrolmentLatency.token("organiser");
        String trajectory = EnrolmentLatency.field(EnrolmentLatency.send("POST", gateway + "/api/trajectories", organiser,
                "{\"title\":\"Privacy bench\",\"organiser\":\"Bench\",\"coalitionIds\":[]}").body(), "id");

        String cohort = openCohort(gateway, organiser, trajectory, 4);
        List<String> tokens = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String user = "participant" + (75 + n);
            String token = EnrolmentLatency.token(user);
            tokens.add(token);
            ok(put(gateway + "/api/participants/me", token, "{\"displayName\":\"Bench " + user + "\",\"email\":\"" + user
                    + "@bench.example.nl\",\"institution\":\"ROC Bench\",\"sector\":\"MBO\",\"function\":\"docent\"}"));
            until(() -> post(gateway + "/api/enrolments", token, "{\"cohortId\":\"" + cohort + "\",\"motivation\":\"bench\"}"));
            until(() -> post(gateway + "/api/development-questions", token, "{\"cohortId\":\"" + cohort
                    + "\",\"text\":\"Vraag van de bench\",\"scope\":\"INDIVIDUAL\",\"visibility\":\"PRIVATE\"}"));
            until(() -> post(gateway + "/api/reflections", token, "{\"cohortId\":\"" + cohort
                    + "\",\"text\":\"Reflectie van de bench\",\"visibility\":\"PRIVATE\"}"));
        }
        List<Double> erasures = new ArrayList<>();
        for (String token : tokens) {
            long asked = System.nanoTime();
            HttpResponse<String> requested = post(gateway + "/api/privacy/erasures", token, "{}");
            if (requested.statusCode() != 202) {
                throw new IllegalStateException("erasure request: " + requested.statusCode() + " " + requested.body());
            }
            String erasure = gateway + "/api/privacy/erasures/" + EnrolmentLatency.field(requested.body(), "id");
            while (!EnrolmentLatency.field(get(erasure, token).body(), "status").equals("COMPLETED")) {
                if (System.nanoTime() - asked > Duration.ofMinutes(2).toNanos()) {
                    throw new IllegalStateException("not completed in 2 minutes: " + get(erasure, token).body());
                }
                Thread.sleep(10);
            }
            erasures.add((System.nanoTime() - asked) / 1e6);
        }
        Collections.sort(erasures);
        System.out.printf("erasure 202 -> COMPLETED (n=%d, one after another): median %.0f ms, worst %.0f ms%n",
                count, erasures.get(count / 2), erasures.getLast());

        exportOfFourSessions(gateway, organiser, trajectory);
    }

    static void exportOfFourSessions(String gateway, String organiser, String trajectory) throws Exception {
        String owner = EnrolmentLatency.token("participant95");
        String peer = EnrolmentLatency.token("participant96");
        String facilitator = EnrolmentLatency.token("facilitator");
        String cohort = openCohort(gateway, organiser, trajectory, 4);
        for (String token : List.of(owner, peer)) {
            ok(put(gateway + "/api/participants/me", token, "{\"displayName\":\"Bench export\",\"email\":\"export@bench"
                    + ".example.nl\",\"institution\":\"ROC Bench\",\"sector\":\"MBO\",\"function\":\"teamleider\"}"));
            until(() -> post(gateway + "/api/enrolments", token, "{\"cohortId\":\"" + cohort
                    + "\",\"motivation\":\"Ik wil leren hoe mijn team zelf verantwoordelijkheid neemt.\"}"));
        }
        Instant first = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
        List<String> sessions = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            Instant startsAt = first.plus(Duration.ofDays(7L * n));
            sessions.add(EnrolmentLatency.field(ok(post(gateway + "/api/cohorts/" + cohort + "/sessions", organiser,
                    "{\"title\":\"Bijeenkomst " + (n + 1) + "\",\"startsAt\":\"" + startsAt + "\",\"endsAt\":\""
                            + startsAt.plus(Duration.ofHours(3)) + "\",\"place\":\"Utrecht\"}")).body(), "id"));
        }
        String question = EnrolmentLatency.field(until(() -> post(gateway + "/api/development-questions", owner,
                "{\"cohortId\":\"" + cohort + "\",\"text\":\"Hoe krijg ik mijn collega's mee in de kwaliteitscyclus?\","
                        + "\"scope\":\"INDIVIDUAL\",\"visibility\":\"FACILITATORS\"}")).body(), "id");
        for (int n = 0; n < 4; n++) {
            String session = sessions.get(n);
            until(() -> put(gateway + "/api/sessions/" + session + "/attendance", facilitator, "{\"marks\":["
                    + "{\"participantId\":\"participant95\",\"status\":\"PRESENT\"},"
                    + "{\"participantId\":\"participant96\",\"status\":\"PRESENT\"}]}"));
            ok(post(gateway + "/api/development-questions/" + question + "/revisions", owner, "{\"text\":\"Versie "
                    + (n + 2) + ": hoe maken wij als team de kwaliteitscyclus van ons?\",\"scope\":\"TEAM\",\"sessionId\":\""
                    + session + "\",\"note\":\"Na bijeenkomst " + (n + 1) + "\"}"));
            until(() -> post(gateway + "/api/reflections", owner, "{\"cohortId\":\"" + cohort + "\",\"sessionId\":\""
                    + session + "\",\"text\":\"Wat ik meenam uit deze bijeenkomst: kwaliteit leeft als het team zelf"
                    + " benoemt wanneer het trots is.\",\"visibility\":\"FACILITATORS\"}"));
        }
        ok(ifMatchAny(gateway + "/api/development-questions/" + question + "/stakeholder-map", owner,
                "{\"stakeholders\":[{\"nameOrRole\":\"Opleidingsmanager\",\"level\":\"DEPARTMENT\",\"influence\":5,"
                        + "\"interest\":2,\"stance\":\"NEUTRAL\",\"toInvolve\":true},{\"nameOrRole\":\"Docententeam\","
                        + "\"level\":\"TEAM\",\"influence\":2,\"interest\":5,\"stance\":\"SUPPORTER\",\"toInvolve\":true}]}"));
        String caseId = EnrolmentLatency.field(ok(post(gateway + "/api/cases", owner, "{\"cohortId\":\"" + cohort
                + "\",\"title\":\"Uitval in leerjaar 1\",\"situation\":\"Teams zien de cijfers, niet de oorzaken.\"}")).body(),
                "id");
        String plan = EnrolmentLatency.field(ok(post(gateway + "/api/interventions", owner, "{\"cohortId\":\"" + cohort
                + "\",\"caseId\":\"" + caseId + "\",\"kind\":\"ACTION_PLAN\",\"title\":\"Uitval bespreekbaar maken\","
                + "\"goal\":\"Teams gebruiken data over uitval\",\"steps\":[{\"description\":\"Dashboard tonen\","
                + "\"who\":\"kwaliteitszorg\"},{\"description\":\"Oorzaken benoemen\",\"who\":\"onderwijsteam\"}]}")).body(),
                "id");
        ok(post(gateway + "/api/interventions/" + plan + "/start", owner, null));
        ok(post(gateway + "/api/interventions/" + plan + "/carry-out", owner, "{\"experience\":\"Het team herkende de"
                + " patronen.\"}"));
        ok(post(gateway + "/api/interventions/" + plan + "/feedback", facilitator, "{\"text\":\"Sterk: van individueel"
                + " naar team.\"}"));
        String peersPlan = EnrolmentLatency.field(ok(post(gateway + "/api/interventions", peer, "{\"cohortId\":\"" + cohort
                + "\",\"kind\":\"COMPACT\",\"title\":\"Gesprek\",\"goal\":\"Rolhelderheid\"}")).body(), "id");
        ok(post(gateway + "/api/interventions/" + peersPlan + "/feedback", owner, "{\"text\":\"Betrek ook de studenten.\"}"));
        ok(post(gateway + "/api/sessions/calendar/subscription", owner, null));

        for (int i = 0; i < 3; i++) {
            ok(get(gateway + "/api/privacy/export", owner));
        }
        List<Double> millis = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            HttpResponse<String> export = ok(get(gateway + "/api/privacy/export", owner));
            millis.add((System.nanoTime() - start) / 1e6);
            size = export.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (export.body().contains("\"pending\"")) {
                throw new IllegalStateException("a part of the export is pending: " + export.body());
            }
        }
        Collections.sort(millis);
        System.out.printf("export of 4 sessions of data: %,d bytes; n=20 after 3 warm-up: median %.1f ms, worst %.1f ms%n",
                size, millis.get(10), millis.getLast());
        // So that the next run's export holds four sessions again, not eight.
        for (String token : List.of(owner, peer)) {
            post(gateway + "/api/privacy/erasures", token, "{}");
        }
    }

    /** A cohort with the demo facilitator that started 40 days ago, open for enrolment, with {@code tens} x 10 seats. */
    static String openCohort(String gateway, String organiser, String trajectory, int tens) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String cohort = EnrolmentLatency.field(ok(post(gateway + "/api/trajectories/" + trajectory + "/cohorts", organiser,
                "{\"name\":\"Privacy bench\",\"capacity\":" + (10 * tens) + ",\"startsOn\":\"" + now.minus(Duration.ofDays(40))
                        .toString().substring(0, 10) + "\",\"endsOn\":\"" + now.plus(Duration.ofDays(100)).toString()
                        .substring(0, 10) + "\",\"enrolmentOpensAt\":\"" + now.minusSeconds(60) + "\",\"enrolmentClosesAt\":\""
                        + now.plus(Duration.ofDays(1)) + "\",\"facilitatorIds\":[\"facilitator\"]}")).body(), "id");
        ok(post(gateway + "/api/cohorts/" + cohort + "/open", organiser, null));
        return cohort;
    }

    interface Call {
        HttpResponse<String> send() throws Exception;
    }

    /** Retries what needs an event to reach another service first (a 404, 409 or 403 until it has), for 60 s. */
    static HttpResponse<String> until(Call call) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        HttpResponse<String> answer = call.send();
        while (answer.statusCode() / 100 != 2 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            answer = call.send();
        }
        return ok(answer);
    }

    static HttpResponse<String> ok(HttpResponse<String> answer) {
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(answer.request().method() + " " + answer.uri() + ": " + answer.statusCode()
                    + " " + answer.body());
        }
        return answer;
    }

    /** A PUT that overwrites whatever version is there (a stakeholder map needs If-Match). */
    static HttpResponse<String> ifMatchAny(String url, String token, String json) throws Exception {
        return EnrolmentLatency.HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("If-Match", "*").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String url, String token) throws Exception {
        return EnrolmentLatency.send("GET", url, token, null);
    }

    static HttpResponse<String> post(String url, String token, String json) throws Exception {
        return EnrolmentLatency.send("POST", url, token, json);
    }

    static HttpResponse<String> put(String url, String token, String json) throws Exception {
        return EnrolmentLatency.send("PUT", url, token, json);
    }
}
