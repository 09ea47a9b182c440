package nl.koers.events;

/**
 * Facts about personal data and accountability in trajectory-service: its part of an erasure done, and audited
 * actions, every record published to {@link Topics#TRAJECTORY_PRIVACY}.
 */
@Topic(name = Topics.TRAJECTORY_PRIVACY, producer = "trajectory-service")
public sealed interface TrajectoryPrivacyEvent extends DomainEvent permits TrajectoryDataErased, TrajectoryActionAudited {
}
