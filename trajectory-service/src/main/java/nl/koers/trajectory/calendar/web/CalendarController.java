package nl.koers.trajectory.calendar.web;

import java.net.URI;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import nl.koers.defaults.web.Caller;
import nl.koers.trajectory.calendar.CalendarService;
import nl.koers.trajectory.calendar.ICalendarWriter;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Private iCalendar subscriptions for participants and facilitators. The feed itself
 * ({@code /api/sessions/calendar/{token}.ics}) is the one path served without a bearer token (see
 * {@code koers.security.public-paths}); the token in it is the proof, and making a new one or revoking it
 * ends the old URL at once.
 */
@RestController
@Tag(name = "Calendar", description = "Private iCalendar feeds of one's sessions")
class CalendarController {

    static final String FEED = "/api/sessions/calendar/";
    private static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarService calendar;
    private final Clock clock;

    CalendarController(CalendarService calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @PostMapping("/api/sessions/calendar/subscription")
    @PreAuthorize("hasAnyRole('participant','facilitator')")
    @Operation(summary = "Make a new private calendar URL (any earlier one stops working)")
    ResponseEntity<SubscriptionView> subscribe(@Parameter(hidden = true) Caller caller) {
        CalendarService.Issued issued = calendar.subscribe(caller.id());
        String path = FEED + issued.token() + ".ics";
        return ResponseEntity.created(URI.create(path)).cacheControl(CacheControl.noStore())
                .body(new SubscriptionView(path, issued.subscription().createdAt()));
    }

    @GetMapping("/api/sessions/calendar/subscription")
    @Operation(summary = "Whether the caller has a calendar subscription (its URL was shown only when made)")
    SubscriptionView current(@Parameter(hidden = true) Caller caller) {
        return new SubscriptionView(null, calendar.current(caller.id()).createdAt());
    }

    @DeleteMapping("/api/sessions/calendar/subscription")
    @Operation(summary = "Revoke the caller's calendar URL")
    ResponseEntity<Void> revoke(@Parameter(hidden = true) Caller caller) {
        calendar.revoke(caller.id());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/sessions/calendar/{token}.ics")
    @Operation(summary = "The iCalendar feed (RFC 5545) behind a subscription URL; no bearer token needed")
    ResponseEntity<String> feed(@PathVariable String token) {
        String body = ICalendarWriter.write(calendar.feed(token), clock.instant());
        // Content type set here, not negotiated: calendar programs send all kinds of Accept headers.
        return ResponseEntity.ok().contentType(TEXT_CALENDAR)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Robots-Tag", "noindex")
                .body(body);
    }
}
