package nl.koers.trajectory.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.koers.trajectory.calendar.CalendarSubscription;
import nl.koers.trajectory.question.DevelopmentQuestion;
import nl.koers.trajectory.question.StakeholderMap;
import nl.koers.trajectory.roster.RosterStatus;
import nl.koers.trajectory.session.AttendanceStatus;

/**
 * Everything trajectory-service holds about one participant, for their right of access: the cohorts whose roster
 * they are on, their attendance, their development questions with every revision, their stakeholder maps and
 * whether they have a calendar subscription (never its secret).
 */
public record TrajectoryExport(String participantId, Instant exportedAt, List<CohortPlace> cohorts,
                               List<AttendanceRecord> attendance, List<DevelopmentQuestion> developmentQuestions,
                               List<StakeholderMap> stakeholderMaps, CalendarSubscription calendarSubscription) {

    /** A cohort they are on the roster of: the trajectory's title is null if the trajectory is gone. */
    public record CohortPlace(UUID cohortId, String cohortName, UUID trajectoryId, String trajectoryTitle,
                              String cohortStatus, RosterStatus rosterStatus) {
    }

    /** Their mark for one session. */
    public record AttendanceRecord(UUID sessionId, UUID cohortId, int sequence, String sessionTitle,
                                   Instant startsAt, AttendanceStatus status) {
    }
}
