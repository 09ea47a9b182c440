package nl.koers.trajectory.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.koers.trajectory.session.Attendance;
import nl.koers.trajectory.session.Session;
import nl.koers.trajectory.session.SessionPlan;
import nl.koers.trajectory.session.SessionStatus;
import nl.koers.trajectory.trajectory.AgendaItem;
import nl.koers.trajectory.trajectory.WorkForm;
import org.junit.jupiter.api.Test;

/** The feed read back by ical4j, as a calendar program would read it. */
class ICalendarWriterTest {

    private static final Instant NOW = Instant.parse("2025-09-01T09:00:00Z");
    private static final Instant START = Instant.parse("2025-10-01T12:00:00Z");

    private static Session session(int sequence, String title, String place, String link, SessionStatus status,
                                   long version) {
        SessionPlan plan = new SessionPlan(title, "Thema; met komma, en \\ backslash\nen een tweede regel",
                START.plus(Duration.ofDays(7L * (sequence - 1))), START.plus(Duration.ofDays(7L * (sequence - 1)))
                .plus(Duration.ofHours(3)), place, link,
                List.of(new AgendaItem(WorkForm.STAKEHOLDER_MAP, "Stakeholdermap", 45, null)));
        return Session.restore(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), sequence, plan, status,
                Attendance.NONE, version);
    }

    private static Calendar parse(String feed) throws Exception {
        return new CalendarBuilder().build(new StringReader(feed));
    }

    private static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void writesOneEventPerSessionThatACalendarLibraryReads() throws Exception {
        Session first = session(1, "Ontwikkelvragen verdiepen", "ROC Midden Nederland, Utrecht", "",
                SessionStatus.SCHEDULED, 2);
        Session cancelled = session(2, "Toegewezen rol en eigen invulling", "", "https://meet.example.org/ncp",
                SessionStatus.CANCELLED, 4);

        Calendar calendar = parse(ICalendarWriter.write(List.of(new CalendarEntry(first, "Groep 1"),
                new CalendarEntry(cancelled, "Groep 1")), NOW));
        calendar.validate();

        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        VEvent one = events.getFirst();
        assertThat(value(one, Property.UID)).isEqualTo(first.id() + "@koers");
        assertThat(value(one, Property.SUMMARY)).isEqualTo("Ontwikkelvragen verdiepen (Groep 1, session 1)");
        assertThat(value(one, Property.DTSTART)).isEqualTo("20251001T120000Z");
        assertThat(value(one, Property.DTEND)).isEqualTo("20251001T150000Z");
        assertThat(value(one, Property.LOCATION)).isEqualTo("ROC Midden Nederland, Utrecht");
        assertThat(value(one, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(one, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(one, Property.DESCRIPTION))
                .startsWith("Thema; met komma, en \\ backslash\nen een tweede regel")
                .contains("STAKEHOLDER_MAP (45 min): Stakeholdermap");
        VEvent two = events.get(1);
        assertThat(value(two, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(two, Property.SEQUENCE)).isEqualTo("4");
        assertThat(value(two, Property.LOCATION)).isEqualTo("https://meet.example.org/ncp");
        assertThat(value(two, Property.URL)).isEqualTo("https://meet.example.org/ncp");
    }

    @Test
    void foldsLongLinesWithoutSplittingCharacters() throws Exception {
        String title = "Eigenaarschap creëren – ".repeat(8).strip();
        String feed = ICalendarWriter.write(List.of(new CalendarEntry(
                session(1, title, "Utrecht", "", SessionStatus.SCHEDULED, 1), "Groep é")), NOW);

        assertThat(feed.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(feed).endsWith("END:VCALENDAR\r\n");
        VEvent event = parse(feed).<VEvent>getComponents(Component.VEVENT).getFirst();
        assertThat(value(event, Property.SUMMARY)).isEqualTo(title + " (Groep é, session 1)");
    }

    @Test
    void anEmptyFeedIsStillACalendar() throws Exception {
        Calendar calendar = parse(ICalendarWriter.write(List.of(), NOW));

        assertThat(calendar.getComponents(Component.VEVENT)).isEmpty();
        assertThat(calendar.<Property>getProperty(Property.VERSION).orElseThrow().getValue()).isEqualTo("2.0");
    }
}
