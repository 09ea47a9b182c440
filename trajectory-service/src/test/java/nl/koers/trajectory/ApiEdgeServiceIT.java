package nl.koers.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.testsupport.Api;
import org.junit.jupiter.api.Test;

/**
 * The service's edge as a careless or hostile client meets it: dates no school year can hold, paging that is not
 * a page, If-Match that is not a version, media types the operation does not produce. Every one is a problem a
 * person can act on (400 for a malformed request, 412/428 for versions, 422 for a date outside the years Koers
 * plans in), never a 5xx.
 */
class ApiEdgeServiceIT extends ServiceIT {

    private static final String FAR = "+999999999-12-31";

    @Test
    void refusesCohortDatesOutsideThePlanningYears() {
        String trajectory = trajectory("Randgevallen " + UUID.randomUUID());
        String cohorts = "/api/trajectories/" + trajectory + "/cohorts";

        assertProblem(api.post(cohorts, organiser, cohort("2025-10-01", FAR)), 422, "endsOn " + FAR);
        assertProblem(api.post(cohorts, organiser, cohort(FAR, FAR)), 422, "years 2000 to 2100");
        assertProblem(api.post(cohorts, organiser, cohort("1999-12-31", "2026-06-30")), 422, "startsOn 1999-12-31");
        assertProblem(api.post(cohorts, organiser, cohort("2025-10-01", "2101-01-01")), 422, "endsOn 2101-01-01");
        Map<String, Object> farWindow = cohort("2025-10-01", "2026-06-30");
        farWindow.put("enrolmentClosesAt", FAR + "T00:00:00Z");
        assertProblem(api.post(cohorts, organiser, farWindow), 422, "enrolmentClosesAt");
        Map<String, Object> earlyWindow = cohort("2025-10-01", "2026-06-30");
        earlyWindow.put("enrolmentOpensAt", "1970-01-01T00:00:00Z");
        assertProblem(api.post(cohorts, organiser, earlyWindow), 422, "enrolmentOpensAt");

        Api.Response edges = api.post(cohorts, organiser, cohort("2000-01-01", "2100-12-31"));
        assertThat(edges.status()).as(edges.raw()).isEqualTo(201);
    }

    @Test
    void refusesSessionTimesOutsideThePlanningYears() {
        String cohort = plannedCohort(List.of(), List.of());
        String sessions = "/api/cohorts/" + cohort + "/sessions";

        assertProblem(api.post(sessions, organiser, session(FAR + "T09:00:00Z", FAR + "T12:00:00Z")), 422,
                "startsAt " + FAR);
        assertProblem(api.post(sessions, organiser, session("1999-12-31T09:00:00Z", "1999-12-31T12:00:00Z")), 422,
                "years 2000 to 2100");
        Api.Response scheduled = api.post(sessions, organiser, session("2025-10-07T09:00:00Z", "2025-10-07T12:00:00Z"));
        assertThat(scheduled.status()).as(scheduled.raw()).isEqualTo(201);
        assertProblem(api.patch("/api/sessions/" + scheduled.text("id"), organiser,
                Map.of("endsAt", "2101-01-01T00:00:00Z")), 422, "endsAt");
    }

    @Test
    void refusesReportPeriodsOutsideThePlanningYears() {
        String coalition = "/api/reports/coalitions/edge-" + UUID.randomUUID().toString().substring(0, 8);

        assertProblem(api.get(coalition + "?from=%2B999999999-12-31", organiser), 422, "from " + FAR);
        assertProblem(api.get(coalition + "?to=%2B999999999-12-31", organiser), 422, "to " + FAR);
        assertProblem(api.get(coalition + "?from=-999999999-01-01&to=2026-01-01", organiser), 422, "from");
        assertProblem(api.get(coalition + "?from=1999-08-01&to=2000-07-31", organiser), 422, "1999-08-01");
        assertProblem(api.get(coalition + "?from=2025-13-01", organiser), 400, null);
        assertThat(api.get(coalition + "?from=2000-01-01", organiser).status()).isEqualTo(200);
        assertThat(api.get(coalition + "?to=2100-12-31", organiser).status()).isEqualTo(200);
    }

    @Test
    void refusesPagingThatIsNotAPageNamingTheParameter() {
        String cohort = plannedCohort(List.of(), List.of());
        for (String list : List.of("/api/trajectories", "/api/instruments", "/api/cohorts/open", "/api/cohorts/mine",
                "/api/development-questions", "/api/cohorts/" + cohort + "/sessions",
                "/api/cohorts/" + cohort + "/participants", "/api/cohorts/" + cohort + "/attendance")) {
            String sep = list.contains("?") ? "&" : "?";
            assertProblem(api.get(list + sep + "size=0", organiser), 400, "size");
            assertProblem(api.get(list + sep + "size=101", organiser), 400, "size");
            assertProblem(api.get(list + sep + "size=1.5", organiser), 400, "size");
            assertProblem(api.get(list + sep + "page=-1", organiser), 400, "page");
            assertProblem(api.get(list + sep + "page=abc", organiser), 400, "page");
            assertProblem(api.get(list + sep + "page=99999999999", organiser), 400, "page");
            Api.Response fine = api.get(list + sep + "page=0&size=100", organiser);
            assertThat(fine.status()).as(list + ": " + fine.raw()).isEqualTo(200);
            assertThat(fine.json().get("size").asInt()).isEqualTo(100);
        }
    }

    @Test
    void answersIfMatchThatIsNotAVersionWith412() {
        String cohort = plannedCohort(List.of(), List.of());

        assertProblem(api.send("POST", "/api/cohorts/" + cohort + "/open", organiser, null,
                Map.of("If-Match", "\"abc\"")), 412, "not a version of this cohort");
        assertProblem(api.send("POST", "/api/cohorts/" + cohort + "/open", organiser, null,
                Map.of("If-Match", "\"7\"")), 412, "version 1");
        Api.Response opened = api.send("POST", "/api/cohorts/" + cohort + "/open", organiser, null,
                Map.of("If-Match", "W/\"1\""));
        assertThat(opened.status()).as(opened.raw()).isEqualTo(200);
        assertThat(opened.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void answersReportsAsJsonUnlessCsvIsAskedFor() {
        String coalition = "/api/reports/coalitions/edge-" + UUID.randomUUID().toString().substring(0, 8);

        Api.Response anything = api.send("GET", coalition, organiser, null, Map.of("Accept", "*/*"));
        assertThat(anything.status()).as(anything.raw()).isEqualTo(200);
        assertThat(anything.contentType()).startsWith("application/json");
        assertThat(anything.json().get("cohorts").get("total").asInt()).isZero();
        assertThat(anything.header("Vary")).contains("Accept");

        Api.Response csv = api.send("GET", coalition, organiser, null, Map.of("Accept", "text/csv",
                "Accept-Language", "nl-NL,nl;q=0.9"));
        assertThat(csv.status()).as(csv.raw()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv").contains("UTF-8");
        assertThat(csv.header("Content-Disposition")).contains("attachment").contains(".csv");
        assertThat(csv.header("Vary")).contains("Accept").contains("Accept-Language");
        assertThat(csv.raw()).contains("Rapportage;Soort;;Coalitie");

        assertProblem(api.send("GET", coalition, organiser, null, Map.of("Accept", "application/xml")), 406, null);
        // The controller once parsed Accept itself, and a malformed one was a 500. (What the answer's body is, when
        // no media type can be read off the request, is the shared error handling's to say.)
        for (String malformed : List.of("text/csv;q=abc", ";;;", "text/")) {
            Api.Response refused = api.send("GET", coalition, organiser, null, Map.of("Accept", malformed));
            assertThat(refused.status()).as(malformed + ": " + refused.raw()).isBetween(400, 499);
        }
        assertProblem(api.send("GET", coalition + "?from=2026-01-02&to=2026-01-01", organiser, null,
                Map.of("Accept", "text/csv")), 422, "before it starts");
    }

    @Test
    void servesTheCalendarFeedAsICalendarOnly() {
        assertProblem(api.send("GET", "/api/sessions/calendar/not-a-token.ics", null, null,
                Map.of("Accept", "text/calendar")), 404, "unknown or was revoked");
        assertProblem(api.send("GET", "/api/sessions/calendar/not-a-token.ics", null, null,
                Map.of("Accept", "application/json")), 406, null);
    }

    private static Map<String, Object> cohort(String startsOn, String endsOn) {
        Map<String, Object> cohort = new LinkedHashMap<>();
        cohort.put("name", "Groep " + UUID.randomUUID().toString().substring(0, 6));
        cohort.put("capacity", 20);
        cohort.put("startsOn", startsOn);
        cohort.put("endsOn", endsOn);
        return cohort;
    }

    private static Map<String, Object> session(String startsAt, String endsAt) {
        return Map.of("title", "Startbijeenkomst", "startsAt", startsAt, "endsAt", endsAt, "place", "Utrecht");
    }
}
