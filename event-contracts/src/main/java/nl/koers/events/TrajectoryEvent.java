package nl.koers.events;

/**
 * Facts about trajectories: every record published to {@link Topics#TRAJECTORY_TRAJECTORIES}. Sealed, so a consumer's switch over it
 * breaks the build when a new fact is added and not handled (or explicitly skipped).
 */
@Topic(name = Topics.TRAJECTORY_TRAJECTORIES, producer = "trajectory-service")
public sealed interface TrajectoryEvent extends DomainEvent permits TrajectoryCreated, TrajectoryRevised {
}
