package nl.koers.trajectory.session.web;

import java.util.List;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.trajectory.session.AttendanceMark;
import nl.koers.trajectory.session.AttendanceStatus;

/** The whole attendance of a session, one mark per confirmed participant; it replaces what was recorded. */
record RecordAttendanceRequest(
        @ArraySchema(arraySchema = @Schema(description = "One mark per confirmed participant; an empty list"
                + " clears the recording"))
        @NotNull @Size(max = 500) List<@NotNull @Valid MarkRequest> marks) {

    /** One participant's mark. */
    record MarkRequest(@Schema(description = "The participant's user id", example = "participant-1")
                       @NotBlank @Size(max = 200) String participantId,
                       @Schema(example = "PRESENT") @NotNull AttendanceStatus status) {
    }

    List<AttendanceMark> attendanceMarks() {
        return marks.stream().map(m -> new AttendanceMark(m.participantId(), m.status())).toList();
    }
}
