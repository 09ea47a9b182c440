package nl.koers.trajectory.session.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.koers.trajectory.session.Attendance;
import nl.koers.trajectory.session.AttendanceMark;
import nl.koers.trajectory.session.AttendanceStatus;
import nl.koers.trajectory.session.SessionAttendance;

/**
 * A session's attendance as the API shows it: the marks the viewer may see, the counts and the rate
 * (present among those marked). {@code unmarked} and the counts are the cohort's, shown only to those who run
 * it; a participant sees their own mark.
 */
record AttendanceView(UUID sessionId, int sequence, long sessionVersion, Instant recordedAt, String recordedBy,
                      List<MarkView> marks, Long present, Long excused, Long absent, Integer unmarked, Double rate) {

    record MarkView(String participantId, String status) {
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
