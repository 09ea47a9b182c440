package nl.koers.trajectory.session.web;

import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.defaults.web.Versioned;
import nl.koers.defaults.web.Versions;
import nl.koers.trajectory.session.AttendanceService;
import nl.koers.trajectory.session.SessionAttendance;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Attendance: a cohort's facilitators, organisers and admins record it per session; rates per session and
 * per participant. A participant sees only their own.
 */
@RestController
@Tag(name = "Attendance", description = "Who attended which session, and attendance rates: the share present"
        + " among those marked. A participant sees only their own marks.")
class AttendanceController {

    private final AttendanceService attendance;

    AttendanceController(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @PutMapping("/api/sessions/{id}/attendance")
    @PreAuthorize("hasAnyRole('facilitator','organiser','admin')")
    @Versioned
    @Operation(summary = "Record a session's attendance", description = "The cohort's facilitators, organisers"
            + " and admins. Replaces the previous recording whole: one mark per confirmed participant of the"
            + " cohort, each at most once (422 otherwise). Answers with the session's new version as ETag.")
    ResponseEntity<AttendanceView> recordSessionAttendance(@PathVariable UUID id,
            @Valid @RequestBody RecordAttendanceRequest request,
            @Parameter(description = SessionController.IF_MATCH)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Caller caller) {
        SessionAttendance recorded = attendance.record(id, Versions.ifMatch(ifMatch, SessionController.WHAT),
                request.attendanceMarks(), SessionController.viewer(caller), caller);
        return ResponseEntity.ok().eTag(Versions.etag(recorded.session().version()))
                .body(AttendanceView.of(recorded));
    }

    @GetMapping("/api/sessions/{id}/attendance")
    @Operation(summary = "Get a session's attendance", description = "Those who may read the session. The marks"
            + " with the counts and the rate for those who run the cohort; a participant sees their own mark only.")
    AttendanceView getSessionAttendance(@PathVariable UUID id, Caller caller) {
        return AttendanceView.of(attendance.of(id, SessionController.viewer(caller)));
    }

    @GetMapping("/api/cohorts/{cohortId}/attendance")
    @Operation(summary = "List attendance per participant of a cohort", description = "Those who may read the"
            + " cohort's sessions. Each confirmed participant's marks and rate over the cohort's held sessions (completed"
            + " participants too, once the cohort is completed), a page at a time; a participant sees only their own"
            + " line.")
    PageView<ParticipantAttendanceView> listCohortAttendance(@PathVariable UUID cohortId, Paging paging,
                                                             Caller caller) {
        return attendance.ofCohort(cohortId, SessionController.viewer(caller), paging.page(), paging.size())
                .map(ParticipantAttendanceView::of);
    }
}
