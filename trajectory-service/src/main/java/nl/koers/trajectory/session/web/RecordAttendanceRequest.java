package nl.koers.trajectory.session.web;

import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.trajectory.session.AttendanceMark;
import nl.koers.trajectory.session.AttendanceStatus;

/** The whole attendance of a session, one mark per confirmed participant; it replaces what was recorded. */
record RecordAttendanceRequest(@NotNull @Size(max = 500) List<@NotNull @Valid MarkRequest> marks) {

    record MarkRequest(@NotBlank @Size(max = 200) String participantId, @NotNull AttendanceStatus status) {
    }

    List<AttendanceMark> attendanceMarks() {
        return marks.stream().map(m -> new AttendanceMark(m.participantId(), m.status())).toList();
    }
}
