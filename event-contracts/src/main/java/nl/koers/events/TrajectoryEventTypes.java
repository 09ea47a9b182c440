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
            new EventCatalog.Entry(CohortCompleted.class, "nl.koers.trajectory.CohortCompleted.v1", Topics.TRAJECTORY_COHORTS),
            new EventCatalog.Entry(SessionScheduled.class, "nl.koers.trajectory.SessionScheduled.v1", Topics.TRAJECTORY_SESSIONS),
            new EventCatalog.Entry(SessionRescheduled.class, "nl.koers.trajectory.SessionRescheduled.v1", Topics.TRAJECTORY_SESSIONS),
            new EventCatalog.Entry(SessionCancelled.class, "nl.koers.trajectory.SessionCancelled.v1", Topics.TRAJECTORY_SESSIONS),
            new EventCatalog.Entry(AttendanceRecorded.class, "nl.koers.trajectory.AttendanceRecorded.v1", Topics.TRAJECTORY_SESSIONS),
            new EventCatalog.Entry(DevelopmentQuestionLogged.class, "nl.koers.trajectory.DevelopmentQuestionLogged.v1", Topics.TRAJECTORY_DEVELOPMENT_QUESTIONS),
            new EventCatalog.Entry(DevelopmentQuestionRefined.class, "nl.koers.trajectory.DevelopmentQuestionRefined.v1", Topics.TRAJECTORY_DEVELOPMENT_QUESTIONS),
            new EventCatalog.Entry(DevelopmentQuestionVisibilityChanged.class, "nl.koers.trajectory.DevelopmentQuestionVisibilityChanged.v1", Topics.TRAJECTORY_DEVELOPMENT_QUESTIONS),
            new EventCatalog.Entry(StakeholderMapUpdated.class, "nl.koers.trajectory.StakeholderMapUpdated.v1", Topics.TRAJECTORY_DEVELOPMENT_QUESTIONS));

    private TrajectoryEventTypes() {
    }
}
