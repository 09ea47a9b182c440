package nl.koers.trajectory.session;

import java.util.List;

/**
 * A session's attendance as one viewer may see it: every mark for those who run the cohort (with how many
 * confirmed participants it has, so the unmarked show), only their own for a participant (confirmed count null).
 */
public record SessionAttendance(Session session, List<AttendanceMark> marks, Integer confirmedParticipants) {
}
