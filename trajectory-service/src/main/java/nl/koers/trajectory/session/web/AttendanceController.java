package nl.koers.trajectory.session.web;

import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Attendance: a cohort's facilitators, organisers and admins record it per session; rates per session and
 * per participant. A participant sees only their own.
 */
@RestController
@Tag(name = "Attendance", description = "Who attended which session, and attendance rates")
class AttendanceController {

    private final AttendanceService attendance;

    AttendanceController(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @PutMapping("/api/sessions/{id}/attendance")
    @PreAuthorize("hasAnyRole('facilitator','organiser','admin')")
    @Operation(summary = "Record a session's attendance (replaces the previous recording whole)")
    ResponseEntity<AttendanceView> record(@PathVariable UUID id, @Valid @RequestBody RecordAttendanceRequest request,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @Parameter(hidden = true) Caller caller) {
        SessionAttendance recorded = attendance.record(id, ETags.version(ifMatch), request.attendanceMarks(),
                SessionController.viewer(caller));
        return ResponseEntity.ok().eTag(ETags.of(recorded.session().version())).body(AttendanceView.of(recorded));
    }

    @GetMapping("/api/sessions/{id}/attendance")
    @Operation(summary = "A session's attendance with its rate (a participant sees their own mark)")
    AttendanceView get(@PathVariable UUID id, @Parameter(hidden = true) Caller caller) {
        return AttendanceView.of(attendance.of(id, SessionController.viewer(caller)));
    }

    @GetMapping("/api/cohorts/{cohortId}/attendance")
    @Operation(summary = "Attendance rate per confirmed participant over the cohort's sessions")
    PageView<ParticipantAttendanceView> ofCohort(@PathVariable UUID cohortId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size,
            @Parameter(hidden = true) Caller caller) {
        return attendance.ofCohort(cohortId, SessionController.viewer(caller), page, size)
                .map(ParticipantAttendanceView::of);
    }
}
