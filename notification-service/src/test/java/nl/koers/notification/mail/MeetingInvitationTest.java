package nl.koers.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import nl.koers.notification.session.SessionDetails;
import org.junit.jupiter.api.Test;

/** The meeting a session's mail carries, read back with ical4j as a calendar program would. */
class MeetingInvitationTest {

    private static final UUID SESSION = UUID.fromString("5d0c7a52-1111-4222-8333-944455556666");
    private static final Instant START = Instant.parse("2027-01-12T12:30:00Z");
    private static final Instant END = Instant.parse("2027-01-12T15:30:00Z");
    private static final Instant NOW = Instant.parse("2027-01-05T09:00:00Z");
    private static final MeetingInvitation.Party ORGANIZER = new MeetingInvitation.Party("no-reply@koers.test", "Koers");
    private static final MeetingInvitation.Party ANNA = new MeetingInvitation.Party("anna@roc-example.nl",
            "Anna de Vries, \"ROC\"; teamleider");

    @Test
    void aScheduledSessionIsAMeetingRequestWithTheSessionsUidTimesAndPlace() throws Exception {
        VEvent event = single(parse(write("REQUEST", session(START, 3, "ROC Midden, Utrecht; lokaal 2.14", null)),
                "REQUEST"));

        assertThat(value(event, Property.UID)).isEqualTo(SESSION + "@koers");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("3");
        assertThat(value(event, Property.DTSTART)).isEqualTo("20270112T123000Z");
        assertThat(value(event, Property.DTEND)).isEqualTo("20270112T153000Z");
        assertThat(value(event, Property.DTSTAMP)).isEqualTo("20270105T090000Z");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Startbijeenkomst");
        assertThat(value(event, Property.LOCATION)).isEqualTo("ROC Midden, Utrecht; lokaal 2.14");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.ORGANIZER)).isEqualToIgnoringCase("mailto:no-reply@koers.test");
    }

    @Test
    void theRecipientIsTheAttendeeAndIsNotAskedToReply() throws Exception {
        VEvent event = single(parse(write("REQUEST", session(START, 1, null, null)), "REQUEST"));

        List<Attendee> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees).hasSize(1);
        Attendee attendee = attendees.getFirst();
        assertThat(attendee.getValue()).isEqualToIgnoringCase("mailto:anna@roc-example.nl");
        assertThat(attendee.<Parameter>getParameter(Parameter.RSVP).orElseThrow().getValue()).isEqualTo("FALSE");
        // A double quote cannot be in a parameter value; the rest of the name is kept, quoted.
        assertThat(attendee.<Parameter>getParameter(Parameter.CN).orElseThrow().getValue())
                .isEqualTo("Anna de Vries, ROC; teamleider");
    }

    @Test
    void aMovedSessionKeepsItsUidWithAHigherSequence() throws Exception {
        VEvent first = single(parse(write("REQUEST", session(START, 1, null, null)), "REQUEST"));
        Instant later = START.plusSeconds(86_400);
        VEvent moved = single(parse(write("REQUEST", session(later, 2, null, null)), "REQUEST"));

        assertThat(value(moved, Property.UID)).isEqualTo(value(first, Property.UID));
        assertThat(Integer.parseInt(value(moved, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(first, Property.SEQUENCE)));
        assertThat(value(moved, Property.DTSTART)).isEqualTo("20270113T123000Z");
    }

    @Test
    void aCancellationIsMethodCancelForTheSameMeeting() throws Exception {
        VEvent cancelled = single(parse(write("CANCEL", session(START, 4, null, null)), "CANCEL"));

        assertThat(value(cancelled, Property.UID)).isEqualTo(SESSION + "@koers");
        assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("4");
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
    }

    @Test
    void anOnlineSessionIsLocatedAtItsLink() throws Exception {
        VEvent event = single(parse(write("REQUEST", session(START, 1, null, "https://meet.example/koers-1")),
                "REQUEST"));

        assertThat(value(event, Property.LOCATION)).isEqualTo("https://meet.example/koers-1");
        assertThat(value(event, Property.URL)).isEqualTo("https://meet.example/koers-1");
    }

    @Test
    void longLinesAreFoldedAndReadBackWhole() throws Exception {
        String title = "Bijeenkomst over eigenaarschap, urgentie en de rol die je krijgt tegenover de rol die je"
                + " neemt – met één lange titel";
        String ics = MeetingInvitation.write("REQUEST", new SessionDetails(SESSION, UUID.randomUUID(), 2, START, END,
                title, null, null, false, 1), title, null, ORGANIZER, ANNA, NOW);

        assertThat(ics.lines()).allMatch(line -> line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);
        assertThat(value(single(parse(ics, "REQUEST")), Property.SUMMARY)).isEqualTo(title);
    }

    private static String write(String method, SessionDetails session) {
        return MeetingInvitation.write(method, session, "Startbijeenkomst", "https://koers.example/cohorts/1",
                ORGANIZER, ANNA, NOW);
    }

    private static SessionDetails session(Instant start, long version, String place, String online) {
        return new SessionDetails(SESSION, UUID.randomUUID(), 1, start, start.plusSeconds(3 * 3600), "Startbijeenkomst",
                place, online, false, version);
    }

    private static Calendar parse(String ics, String method) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.<Property>getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo(method);
        return calendar;
    }

    private static VEvent single(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).orElseThrow().getValue();
    }
}
