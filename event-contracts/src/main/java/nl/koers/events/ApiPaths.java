package nl.koers.events;

import java.util.List;

/**
 * HTTP paths that are part of the contract between the services and the gateway, kept here so both sides read
 * the same string instead of two copies kept equal by hand. The gateway and every service open exactly these
 * paths to GET and HEAD without a bearer token.
 */
public final class ApiPaths {

    /**
     * The private iCalendar feeds: calendar programs poll them and cannot send an OAuth2 access token, so the
     * secret token in the URL is the proof, which trajectory-service checks.
     */
    public static final String CALENDAR_FEEDS = "/api/sessions/calendar/*.ics";

    /** Every path readable without a token; each must carry its own proof, and none may change anything. */
    public static final List<String> PUBLIC = List.of(CALENDAR_FEEDS);

    private ApiPaths() {
    }
}
