package nl.koers.events;

import java.util.List;

/** The facts trajectory-service publishes. */
final class TrajectoryEventTypes {

    static final List<EventCatalog.Entry> ENTRIES = List.of(
            new EventCatalog.Entry(TrajectoryCreated.class, "nl.koers.trajectory.TrajectoryCreated.v1", Topics.TRAJECTORY_TRAJECTORIES),
            new EventCatalog.Entry(CohortPlanned.class, "nl.koers.trajectory.CohortPlanned.v1", Topics.TRAJECTORY_COHORTS),
            new EventCatalog.Entry(CohortOpened.class, "nl.koers.trajectory.CohortOpened.v1", Topics.TRAJECTORY_COHORTS),
            new EventCatalog.Entry(CohortClosed.class, "nl.koers.trajectory.CohortClosed.v1", Topics.TRAJECTORY_COHORTS),
            new EventCatalog.Entry(CohortCancelled.class, "nl.koers.trajectory.CohortCancelled.v1", Topics.TRAJECTORY_COHORTS),
            new EventCatalog.Entry(SessionScheduled.class, "nl.koers.trajectory.SessionScheduled.v1", Topics.TRAJECTORY_SESSIONS),
            new EventCatalog.Entry(SessionRescheduled.class, "nl.koers.trajectory.SessionRescheduled.v1", Topics.TRAJECTORY_SESSIONS),
            new EventCatalog.Entry(SessionCancelled.class, "nl.koers.trajectory.SessionCancelled.v1", Topics.TRAJECTORY_SESSIONS),
            new EventCatalog.Entry(AttendanceRecorded.class, "nl.koers.trajectory.AttendanceRecorded.v1", Topics.TRAJECTORY_SESSIONS));

    private TrajectoryEventTypes() {
    }
}
