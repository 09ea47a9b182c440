package nl.koers.trajectory.session.web;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.trajectory.session.ParticipantAttendance;
import org.jspecify.annotations.Nullable;

/** One participant's attendance over a cohort's held sessions, with the rate present among their marks. */
record ParticipantAttendanceView(String participantId, int present, int excused, int absent,
                                 @Schema(description = "Held sessions this participant has a mark for") int marked,
                                 @Schema(description = "Present among their marks, 0 to 1; null while none is"
                                         + " recorded", example = "0.75")
                                 @Nullable Double rate) {

    static ParticipantAttendanceView of(ParticipantAttendance a) {
        return new ParticipantAttendanceView(a.participantId(), a.present(), a.excused(), a.absent(), a.marked(),
                a.rate());
    }
}
