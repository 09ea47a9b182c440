package nl.koers.trajectory.session.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.defaults.web.Versioned;
import nl.koers.defaults.web.Versions;
import nl.koers.trajectory.session.Session;
import nl.koers.trajectory.session.SessionService;
import nl.koers.trajectory.session.SessionViewer;
import nl.koers.trajectory.session.UpcomingSession;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A cohort's sessions: organisers and admins schedule, change and cancel them; the cohort's facilitators
 * and confirmed participants read them. Answers carry the session's version as ETag; a change sent with
 * If-Match is refused with 412 when the session has moved on.
 */
@RestController
@Tag(name = "Sessions", description = "Numbered meetings of a cohort with their time, place and agenda. Answers"
        + " carry the session's version as ETag; send it back as If-Match to change a session only as you last"
        + " saw it.")
class SessionController {

    static final String WHAT = "session";
    static final String IF_MATCH = "The session's ETag as last read; without it the change applies to whatever"
            + " version is current.";

    private final SessionService sessions;

    SessionController(SessionService sessions) {
        this.sessions = sessions;
    }

    @PostMapping("/api/cohorts/{cohortId}/sessions")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @ResponseStatus(HttpStatus.CREATED)
    @Versioned
    @Operation(summary = "Schedule a session of a cohort", description = "Organisers and admins. Without sequence"
            + " it becomes the cohort's next session. It lasts at most 12 hours in the years 2000 to 2100, has a"
            + " place, an online link or both, and its agenda fits in it (422 otherwise). A number already taken,"
            + " or a completed or cancelled cohort, is a 409. Written to the audit trail, as are changes and"
            + " cancellations.")
    ResponseEntity<SessionView> scheduleSession(@PathVariable UUID cohortId,
                                                @Valid @RequestBody ScheduleSessionRequest request, Caller caller) {
        Session session = sessions.schedule(cohortId, request.sequence(), request.plan(), caller);
        return ResponseEntity.created(URI.create("/api/sessions/" + session.id()))
                .eTag(Versions.etag(session.version())).body(SessionView.of(session));
    }

    @PostMapping("/api/cohorts/{cohortId}/sessions/from-blueprint")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Schedule a cohort's sessions from the blueprint", description = "Organisers and admins,"
            + " for a cohort without sessions (409 otherwise). Session n takes blueprint session n's title, theme"
            + " and agenda and the n-th slot's time and place: send exactly one slot per blueprint session (422"
            + " otherwise). Answers the whole series as one page.")
    ResponseEntity<PageView<SessionView>> scheduleSessionsFromBlueprint(@PathVariable UUID cohortId,
            @Valid @RequestBody PlanFromBlueprintRequest request, Caller caller) {
        List<Session> series = sessions.scheduleFromBlueprint(cohortId, request.sessionSlots(), caller);
        return ResponseEntity.created(URI.create("/api/cohorts/" + cohortId + "/sessions"))
                .body(PageView.of(series, 0, series.size(), series.size()).map(SessionView::of));
    }

    @GetMapping("/api/cohorts/{cohortId}/sessions")
    @Operation(summary = "List a cohort's sessions", description = "Organisers, admins, the cohort's facilitators"
            + " and its confirmed (or completed) participants; anyone else gets 404. By sequence, a page at a"
            + " time.")
    PageView<SessionView> listCohortSessions(@PathVariable UUID cohortId, Paging paging,
                                             Caller caller) {
        return sessions.ofCohort(cohortId, viewer(caller), paging.page(), paging.size()).map(SessionView::of);
    }

    /**
     * A literal path, so Spring MVC prefers it to {@code /api/sessions/{id}}; other non-UUID ids still answer 400
     * there. Not paged: a home page shows the next few, so {@code size} is {@code limit} and the answer one page.
     */
    @GetMapping("/api/sessions/upcoming")
    @Operation(summary = "List your upcoming sessions", description = "Everyone signed in. Your next sessions that"
            + " are not cancelled, earliest first, of the cohorts you facilitate or hold a confirmed seat in;"
            + " cancelled cohorts left out. One page of at most limit sessions.")
    PageView<UpcomingSessionView> listUpcomingSessions(
            @Parameter(description = "How many sessions at most, 1 to 50")
            @RequestParam(defaultValue = "5") @Min(1) @Max(50) int limit,
            Caller caller) {
        List<UpcomingSession> next = sessions.upcoming(viewer(caller), limit);
        return PageView.of(next, 0, limit, next.size()).map(UpcomingSessionView::of);
    }

    @GetMapping("/api/sessions/{id}")
    @Versioned
    @Operation(summary = "Get a session", description = "Organisers, admins, the cohort's facilitators and its"
            + " confirmed participants; anyone else gets 404. With the session's version as ETag.")
    ResponseEntity<SessionView> getSession(@PathVariable UUID id, Caller caller) {
        return answer(sessions.get(id, viewer(caller)));
    }

    @PatchMapping("/api/sessions/{id}")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @Versioned
    @Operation(summary = "Change a session", description = "Organisers and admins. Fields left out keep their"
            + " value; an empty place or online link removes it (one must remain); an agenda replaces the whole"
            + " agenda. Moving the session in time or place tells its attendees. A cancelled session is a 409.")
    ResponseEntity<SessionView> reviseSession(@PathVariable UUID id, @Valid @RequestBody ReviseSessionRequest request,
            @Parameter(description = IF_MATCH)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller) {
        return answer(sessions.revise(id, Versions.ifMatch(ifMatch, WHAT), request.changes(), caller));
    }

    @PostMapping("/api/sessions/{id}/cancel")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @Versioned
    @Operation(summary = "Cancel a session for good", description = "Organisers and admins. Its attendees are"
            + " told; a session cancelled already is a 409.")
    ResponseEntity<SessionView> cancelSession(@PathVariable UUID id,
            @Parameter(description = IF_MATCH)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller) {
        return answer(sessions.cancel(id, Versions.ifMatch(ifMatch, WHAT), caller));
    }

    static SessionViewer viewer(Caller caller) {
        return new SessionViewer(caller.id(), caller.manages());
    }

    private static ResponseEntity<SessionView> answer(Session session) {
        return ResponseEntity.ok().eTag(Versions.etag(session.version())).body(SessionView.of(session));
    }
}
