package nl.koers.events;

/**
 * Facts about development questions and stakeholder maps: every record published to {@link Topics#TRAJECTORY_DEVELOPMENT_QUESTIONS}. Sealed, so a consumer's switch over it
 * breaks the build when a new fact is added and not handled (or explicitly skipped).
 */
@Topic(name = Topics.TRAJECTORY_DEVELOPMENT_QUESTIONS, producer = "trajectory-service")
public sealed interface DevelopmentQuestionEvent extends DomainEvent permits DevelopmentQuestionLogged, DevelopmentQuestionRefined, DevelopmentQuestionVisibilityChanged, StakeholderMapUpdated {
}
