package nl.koers.trajectory.calendar.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.koers.defaults.web.AlsoAnswers;
import nl.koers.defaults.web.Caller;
import nl.koers.events.ApiPaths;
import nl.koers.trajectory.calendar.CalendarService;
import nl.koers.trajectory.calendar.ICalendarWriter;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Private iCalendar subscriptions for participants and facilitators. The feed itself ({@link #FEED}{@code
 * {token}.ics}) is the one path served without a bearer token ({@link ApiPaths#CALENDAR_FEEDS}, which a test
 * holds to this mapping); the token in it is the proof, and making a new one or revoking it ends the old URL at
 * once.
 */
@RestController
@Tag(name = "Calendar", description = "Private iCalendar feeds of one's sessions. A calendar program polls the"
        + " feed without a bearer token: the secret token in its address is the proof, so keep the address to"
        + " yourself, and make a new one (or revoke it) if it leaked.")
class CalendarController {

    static final String FEED = "/api/sessions/calendar/";
    static final String TEXT_CALENDAR_VALUE = "text/calendar";
    private static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarService calendar;
    private final Clock clock;

    CalendarController(CalendarService calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @PostMapping("/api/sessions/calendar/subscription")
    @PreAuthorize("hasAnyRole('participant','facilitator')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make a new private calendar address", description = "Participants and facilitators."
            + " Answers the feed's path, shown only this once; any earlier address stops working at once.")
    ResponseEntity<SubscriptionView> createCalendarSubscription(Caller caller) {
        CalendarService.Issued issued = calendar.subscribe(caller.id());
        String path = FEED + issued.token() + ".ics";
        return ResponseEntity.created(URI.create(path)).cacheControl(CacheControl.noStore())
                .body(new SubscriptionView(path, issued.subscription().createdAt()));
    }

    @GetMapping("/api/sessions/calendar/subscription")
    @AlsoAnswers(404)
    @Operation(summary = "Get your calendar subscription", description = "Everyone signed in. Whether you have"
            + " one and since when (404 if not); its address was shown only when it was made, so path is null.")
    SubscriptionView getCalendarSubscription(Caller caller) {
        return new SubscriptionView(null, calendar.current(caller.id()).createdAt());
    }

    @DeleteMapping("/api/sessions/calendar/subscription")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke your calendar address", description = "Everyone signed in. The address stops"
            + " working at once; revoking when there is none changes nothing.")
    ResponseEntity<Void> revokeCalendarSubscription(Caller caller) {
        calendar.revoke(caller.id());
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = FEED + "{token}.ics", produces = TEXT_CALENDAR_VALUE)
    @Operation(summary = "Read a private calendar feed", description = "For calendar programs: the secret token in"
            + " the address is the proof (an unknown or revoked one is a 404). The sessions (RFC 5545 events)"
            + " of the cohorts the address's owner facilitates or holds a confirmed seat in, decided at every"
            + " poll, so rescheduled and cancelled sessions show at the next one.")
    ResponseEntity<String> getCalendarFeed(
            @Parameter(description = "The secret token from the subscription's path")
            @PathVariable String token) {
        String body = ICalendarWriter.write(calendar.feed(token), clock.instant());
        // The charset is set here: calendar programs read iCalendar as UTF-8 only when told.
        return ResponseEntity.ok().contentType(TEXT_CALENDAR)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Robots-Tag", "noindex")
                .body(body);
    }
}
