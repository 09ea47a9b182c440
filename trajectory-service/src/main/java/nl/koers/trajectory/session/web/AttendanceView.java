package nl.koers.trajectory.session.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.trajectory.session.Attendance;
import nl.koers.trajectory.session.AttendanceMark;
import nl.koers.trajectory.session.AttendanceStatus;
import nl.koers.trajectory.session.SessionAttendance;
import org.jspecify.annotations.Nullable;

/**
 * A session's attendance as the API shows it: the marks the viewer may see, the counts and the rate
 * (present among those marked). {@code unmarked} and the counts are the cohort's, shown only to those who run
 * it; a participant sees their own mark.
 */
record AttendanceView(UUID sessionId, int sequence,
                      @Schema(description = "The session's version, also its ETag") long sessionVersion,
                      @Schema(description = "When attendance was last recorded; null before the first time")
                      @Nullable Instant recordedAt,
                      @Schema(description = "Who recorded it; null before the first time and for participants")
                      @Nullable String recordedBy,
                      @Schema(description = "Every mark for those who run the cohort; a participant's own only")
                      List<MarkView> marks,
                      @Schema(description = "How many were present; null for participants") @Nullable Long present,
                      @Schema(description = "How many were excused; null for participants") @Nullable Long excused,
                      @Schema(description = "How many were absent; null for participants") @Nullable Long absent,
                      @Schema(description = "Confirmed participants without a mark; null before the first recording"
                              + " and for participants")
                      @Nullable Integer unmarked,
                      @Schema(description = "Present among those marked, 0 to 1; null when nobody is marked and for"
                              + " participants", example = "0.8333")
                      @Nullable Double rate) {

    /** One participant's mark. */
    record MarkView(String participantId,
                    @Schema(description = "PRESENT, EXCUSED or ABSENT", example = "PRESENT") String status) {
    }

    static AttendanceView of(SessionAttendance view) {
        Attendance attendance = view.session().attendance();
        List<MarkView> marks = view.marks().stream().map(m -> new MarkView(m.participantId(), m.status().name())).toList();
        if (view.confirmedParticipants() == null) {
            return new AttendanceView(view.session().id(), view.session().sequence(), view.session().version(),
                    attendance.recordedAt(), null, marks, null, null, null, null, null);
        }
        long marked = view.marks().size();
        int unmarked = (int) Math.max(0, view.confirmedParticipants()
                - view.marks().stream().map(AttendanceMark::participantId).distinct().count());
        return new AttendanceView(view.session().id(), view.session().sequence(), view.session().version(),
                attendance.recordedAt(), attendance.recordedBy(), marks, attendance.count(AttendanceStatus.PRESENT),
                attendance.count(AttendanceStatus.EXCUSED), attendance.count(AttendanceStatus.ABSENT),
                marked == 0 ? null : unmarked, attendance.rate());
    }
}
