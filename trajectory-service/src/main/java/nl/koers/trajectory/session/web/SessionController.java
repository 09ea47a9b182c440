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
import nl.koers.trajectory.session.Session;
import nl.koers.trajectory.session.SessionService;
import nl.koers.trajectory.session.SessionViewer;
import nl.koers.trajectory.session.UpcomingSession;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A cohort's sessions: organisers and admins schedule, change and cancel them; the cohort's facilitators
 * and confirmed participants read them. Answers carry the session's version as ETag; a change sent with
 * If-Match is refused with 412 when the session has moved on.
 */
@RestController
@Tag(name = "Sessions", description = "Numbered meetings of a cohort with their agenda")
class SessionController {

    private final SessionService sessions;

    SessionController(SessionService sessions) {
        this.sessions = sessions;
    }

    @PostMapping("/api/cohorts/{cohortId}/sessions")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @Operation(summary = "Schedule a session of a cohort (without sequence: the next number)")
    ResponseEntity<SessionView> schedule(@PathVariable UUID cohortId,
                                         @Valid @RequestBody ScheduleSessionRequest request) {
        Session session = sessions.schedule(cohortId, request.sequence(), request.plan());
        return ResponseEntity.created(URI.create("/api/sessions/" + session.id())).eTag(ETags.of(session.version()))
                .body(SessionView.of(session));
    }

    @PostMapping("/api/cohorts/{cohortId}/sessions/from-blueprint")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @Operation(summary = "Schedule all sessions of a cohort from its trajectory's blueprint, one slot per session")
    ResponseEntity<PageView<SessionView>> fromBlueprint(@PathVariable UUID cohortId,
                                                        @Valid @RequestBody PlanFromBlueprintRequest request) {
        List<Session> series = sessions.scheduleFromBlueprint(cohortId, request.sessionSlots());
        return ResponseEntity.created(URI.create("/api/cohorts/" + cohortId + "/sessions"))
                .body(PageView.of(series, 0, series.size(), series.size()).map(SessionView::of));
    }

    @GetMapping("/api/cohorts/{cohortId}/sessions")
    @Operation(summary = "A cohort's sessions by sequence (organisers, its facilitators and confirmed participants)")
    PageView<SessionView> ofCohort(@PathVariable UUID cohortId,
                                   @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                   @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size,
                                   @Parameter(hidden = true) Caller caller) {
        return sessions.ofCohort(cohortId, viewer(caller), page, size).map(SessionView::of);
    }

    /**
     * A literal path, so Spring MVC prefers it to {@code /api/sessions/{id}}; other non-UUID ids still answer 400
     * there. Not paged: a home page shows the next few, so {@code size} is {@code limit} and the answer one page.
     */
    @GetMapping("/api/sessions/upcoming")
    @Operation(summary = "Your next sessions (not cancelled), earliest first: of the cohorts you facilitate or hold"
            + " a confirmed seat in")
    PageView<UpcomingSessionView> upcoming(@RequestParam(defaultValue = "5") @Min(1) @Max(50) int limit,
                                           @Parameter(hidden = true) Caller caller) {
        List<UpcomingSession> next = sessions.upcoming(viewer(caller), limit);
        return PageView.of(next, 0, limit, next.size()).map(UpcomingSessionView::of);
    }

    @GetMapping("/api/sessions/{id}")
    ResponseEntity<SessionView> get(@PathVariable UUID id, @Parameter(hidden = true) Caller caller) {
        return answer(sessions.get(id, viewer(caller)));
    }

    @PatchMapping("/api/sessions/{id}")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @Operation(summary = "Change a session; moving it in time or place is a rescheduling")
    ResponseEntity<SessionView> revise(@PathVariable UUID id, @Valid @RequestBody ReviseSessionRequest request,
                                       @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return answer(sessions.revise(id, ETags.version(ifMatch), request.changes()));
    }

    @PostMapping("/api/sessions/{id}/cancel")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @Operation(summary = "Cancel a session for good")
    ResponseEntity<SessionView> cancel(@PathVariable UUID id,
                                       @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return answer(sessions.cancel(id, ETags.version(ifMatch)));
    }

    static SessionViewer viewer(Caller caller) {
        return new SessionViewer(caller.id(), caller.manages());
    }

    private static ResponseEntity<SessionView> answer(Session session) {
        return ResponseEntity.ok().eTag(ETags.of(session.version())).body(SessionView.of(session));
    }
}
