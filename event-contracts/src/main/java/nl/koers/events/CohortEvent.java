package nl.koers.events;

/**
 * Facts about cohorts and their life cycle: every record published to {@link Topics#TRAJECTORY_COHORTS}. Sealed, so a consumer's switch over it
 * breaks the build when a new fact is added and not handled (or explicitly skipped).
 */
@Topic(name = Topics.TRAJECTORY_COHORTS, producer = "trajectory-service")
public sealed interface CohortEvent extends DomainEvent permits CohortPlanned, CohortOpened, CohortClosed, CohortCompleted, CohortCancelled,
        CohortRetentionExpired {
}
