package nl.koers.events;

/**
 * Facts about a cohort's sessions and attendance: every record published to {@link Topics#TRAJECTORY_SESSIONS}. Sealed, so a consumer's switch over it
 * breaks the build when a new fact is added and not handled (or explicitly skipped).
 */
@Topic(name = Topics.TRAJECTORY_SESSIONS, producer = "trajectory-service")
public sealed interface SessionEvent extends DomainEvent permits SessionScheduled, SessionRescheduled, SessionCancelled, AttendanceRecorded {
}
