package nl.koers.trajectory.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.koers.testsupport.Api;
import nl.koers.trajectory.SeedRequests;
import nl.koers.trajectory.ServiceIT;
import org.junit.jupiter.api.Test;

/** The private calendar feed, fetched without a bearer token and read by ical4j as a calendar program would. */
class CalendarServiceIT extends ServiceIT {

    private Calendar feed(String path) throws Exception {
        Api.Response response = api.send("GET", path, null, null, Map.of("Accept", "text/calendar"));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/calendar");
        return new CalendarBuilder().build(new StringReader(response.raw()));
    }

    private static List<String> events(Calendar calendar) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .map(e -> e.<Property>getProperty(Property.SUMMARY).orElseThrow().getValue() + "|"
                        + e.<Property>getProperty(Property.DTSTART).orElseThrow().getValue() + "|"
                        + e.<Property>getProperty(Property.STATUS).orElseThrow().getValue())
                .toList();
    }

    @Test
    void feedsTheSessionsOfOnesCohortsWithoutABearerTokenUntilRevoked() throws Exception {
        String instrument = api.post("/api/instruments", organiser, SeedRequests.tenInsightsFan()).text("id");
        String cohortId = plannedCohort(SeedRequests.ncpEqavetBlueprint(instrument), List.of("c-fac"));
        String otherCohort = plannedCohort(List.of(), List.of());
        api.post("/api/cohorts/" + cohortId + "/sessions/from-blueprint", organiser,
                SeedRequests.weeklySlots(Instant.parse("2025-10-07T12:00:00Z"), 4));
        api.post("/api/cohorts/" + otherCohort + "/sessions", organiser, Map.of("title", "Elders",
                "startsAt", "2025-10-08T12:00:00Z", "endsAt", "2025-10-08T13:00:00Z", "place", "Zwolle"));
        confirm(cohortId, "c-ann");
        String ann = token("c-ann", "participant");

        Api.Response subscribed = api.post("/api/sessions/calendar/subscription", ann, null);
        assertThat(subscribed.status()).as(subscribed.raw()).isEqualTo(201);
        String path = subscribed.text("path");
        assertThat(path).matches("/api/sessions/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(api.get("/api/sessions/calendar/subscription", ann).text("path")).isNull();

        Calendar calendar = feed(path);
        calendar.validate();
        assertThat(events(calendar)).hasSize(4).first().asString()
                .startsWith("Ontwikkelvragen verdiepen (").endsWith("session 1)|20251007T120000Z|CONFIRMED");

        List<String> sessions = api.get("/api/cohorts/" + cohortId + "/sessions", organiser).json().get("items")
                .valueStream().map(s -> s.get("id").asString()).toList();
        api.patch("/api/sessions/" + sessions.get(1), organiser, Map.of("startsAt", "2025-10-15T09:00:00Z",
                "endsAt", "2025-10-15T12:00:00Z"));
        api.post("/api/sessions/" + sessions.get(3) + "/cancel", organiser, null);
        List<String> updated = events(feed(path));
        assertThat(updated.get(1)).endsWith("|20251015T090000Z|CONFIRMED");
        assertThat(updated.get(3)).endsWith("|CANCELLED");

        String facilitatorPath = api.post("/api/sessions/calendar/subscription", token("c-fac", "facilitator"), null)
                .text("path");
        assertThat(events(feed(facilitatorPath))).hasSize(4);

        String rotated = api.post("/api/sessions/calendar/subscription", ann, null).text("path");
        assertProblem(asCalendarProgram(path), 404, "calendar");
        assertThat(events(feed(rotated))).hasSize(4);
        assertThat(api.delete("/api/sessions/calendar/subscription", ann).status()).isEqualTo(204);
        assertProblem(asCalendarProgram(rotated), 404, "revoked");
        assertProblem(api.send("GET", rotated, null, null, Map.of("Accept", "*/*")), 404, "revoked");
        assertProblem(api.get("/api/sessions/calendar/subscription", ann), 404, "subscription");
        assertProblem(asCalendarProgram("/api/sessions/calendar/not-a-token.ics"), 404, null);
        assertProblem(api.post("/api/sessions/calendar/subscription", organiser, null), 403, null);
        assertProblem(api.post("/api/sessions/calendar/subscription", null, null), 401, null);
        assertProblem(api.get("/api/sessions/calendar/subscription", null), 401, null);
    }

    /** A feed read as a calendar program reads it: without a token, asking for iCalendar. */
    private Api.Response asCalendarProgram(String path) {
        return api.send("GET", path, null, null, Map.of("Accept", "text/calendar"));
    }
}
