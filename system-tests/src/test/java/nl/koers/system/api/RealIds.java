package nl.koers.system.api;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import nl.koers.system.Koers;
import nl.koers.testsupport.Api;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Things that exist, made through the API at the start of the bad-input walk, so that a request with a bad
 * body or query reaches the code that reads it instead of stopping at "no such cohort": an open cohort of a
 * trajectory, one participant confirmed in it with a development question, a reflection, a case and an
 * intervention, a session, an instrument, a calendar subscription.
 *
 * <p>Looked up by name: a parameter or field {@code cohortId}, or {@code {id}} after {@code /cohorts/}, is
 * the cohort. A name nothing here matches gets a random UUID, so a new resource is still walked, only less
 * deep. What could not be made is kept in {@link #problems()}; the walk goes on without it.
 */
final class RealIds {

    /** The participant the walker acts as: confirmed in the cohort, used by no other system test. */
    static final String PARTICIPANT = "participant35";

    private final Map<String, String> byNoun = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    static RealIds make(Koers koers) {
        RealIds ids = new RealIds();
        ids.makeAll(koers);
        return ids;
    }

    /** Ids someone else made, by noun ({@link #noun}), for {@link SchemaSamples} to fill requests with. */
    static RealIds of(Map<String, String> byNoun) {
        RealIds ids = new RealIds();
        byNoun.forEach(ids::put);
        return ids;
    }

    List<String> problems() {
        return problems;
    }

    Map<String, String> all() {
        return byNoun;
    }

    /** The real id for a parameter or field name ({@code cohortId}, {@code facilitatorIds}, {@code id} of a segment). */
    Optional<String> forName(String name) {
        return Optional.ofNullable(byNoun.get(noun(name)));
    }

    /** {@code developmentQuestionIds} → {@code developmentquestion}; {@code development-questions} → the same. */
    static String noun(String name) {
        String noun = name.replaceAll("[-_]", "").toLowerCase(Locale.ROOT);
        noun = noun.replaceFirst("ids$", "").replaceFirst("id$", "");
        if (noun.endsWith("ies")) {
            return noun.substring(0, noun.length() - 3) + "y";
        }
        if (noun.endsWith("s") && !noun.endsWith("ss")) {
            return noun.substring(0, noun.length() - 1);
        }
        return noun;
    }

    private void makeAll(Koers koers) {
        Api api = koers.api;
        String organiser = koers.token("organiser");
        String participant = koers.token(PARTICIPANT);
        UUID cohort = koers.openCohort(20);
        put("cohort", cohort.toString());
        put("coalition", "teams-aan-zet");
        put("participant", PARTICIPANT);
        put("facilitator", "facilitator");
        put("trajectory", made("trajectory", () -> api.get("/api/cohorts/" + cohort, organiser), "trajectoryId"));

        koers.fillInProfile(PARTICIPANT);
        put("enrolment", made("enrolment", () -> koers.enrol(participant, cohort), "id"));
        Instant startsAt = Instant.now().plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.SECONDS);
        put("session", made("session", () -> api.post("/api/cohorts/" + cohort + "/sessions", organiser, Map.of(
                "title", "Bijeenkomst bad input", "startsAt", startsAt.toString(),
                "endsAt", startsAt.plus(Duration.ofHours(3)).toString(), "place", "Utrecht")), "id"));
        put("instrument", made("instrument", () -> api.post("/api/instruments", organiser, Map.of(
                "kind", "CARD_SET", "title", "Kaartenset bad input",
                "cards", List.of(Map.of("question", "Wat werkt al in jouw team?")))), "id"));
        String question = eventually("development question", () -> api.post("/api/development-questions", participant, Map.of(
                "cohortId", cohort, "text", "Hoe maken we kwaliteit samen tot teamvraag?", "scope", "INDIVIDUAL",
                "visibility", "PRIVATE")), "id");
        put("developmentquestion", question);
        put("question", question);
        put("reflection", eventually("reflection", () -> api.post("/api/reflections", participant, Map.of(
                "cohortId", cohort, "text", "Wat ik meenam", "visibility", "PRIVATE")), "id"));
        made("role fan", () -> api.put("/api/role-fans/" + cohort, organiser, Map.of("roles", List.of(
                Map.of("key", "team", "label", "Onderwijsteam")))), null);
        put("case", made("case", () -> api.post("/api/cases", participant, Map.of("cohortId", cohort,
                "title", "Uitval", "situation", "Data over uitval blijft liggen",
                "roles", List.of(Map.of("role", "team", "contribution", "Data samen duiden")))), "id"));
        put("intervention", made("intervention", () -> api.post("/api/interventions", participant, Map.of(
                "cohortId", cohort, "kind", "COMPACT", "title", "Gesprek", "goal", "Rolhelderheid",
                "visibility", "PRIVATE")), "id"));
        String feed = made("calendar subscription", () -> api.post("/api/sessions/calendar/subscription", participant, null),
                "path");
        if (feed != null) {
            put("token", feed.substring(feed.lastIndexOf('/') + 1).replaceFirst("\\.ics$", ""));
        }
    }

    private void put(String noun, String id) {
        if (id != null) {
            byNoun.put(noun, id);
        }
    }

    /** Makes one thing; its {@code field} from a 2xx answer, or null with the answer kept as a problem. */
    private String made(String what, Supplier<Api.Response> make, String field) {
        Api.Response response = make.get();
        if (response.status() / 100 != 2 || (field != null && response.text(field) == null)) {
            problems.add("could not make a " + what + " for the walk: " + response.status() + " " + response.raw());
            return null;
        }
        return field == null ? "" : response.text(field);
    }

    /** Like {@link #made}, for what needs an event to have reached another service first. */
    private String eventually(String what, Supplier<Api.Response> make, String field) {
        AtomicReference<Api.Response> last = new AtomicReference<>();
        try {
            await().atMost(Koers.CONVERGENCE).pollInterval(Duration.ofMillis(500)).until(() -> {
                last.set(make.get());
                return last.get().status() / 100 == 2;
            });
        } catch (ConditionTimeoutException e) {
            problems.add("could not make a " + what + " for the walk within " + Koers.CONVERGENCE.toSeconds() + " s: "
                    + (last.get() == null ? "no answer" : last.get().status() + " " + last.get().raw()));
            return null;
        }
        return last.get().text(field);
    }
}
