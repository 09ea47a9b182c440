package nl.koers.trajectory.session;

/** One participant's attendance of one session. */
public record AttendanceMark(String participantId, AttendanceStatus status) {
}
