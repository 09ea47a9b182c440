package nl.koers.events;

/**
 * Facts about trajectory evaluations: every record published to {@link Topics#REFLECTION_EVALUATIONS}. Sealed, so a consumer's switch over it
 * breaks the build when a new fact is added and not handled (or explicitly skipped).
 */
@Topic(name = Topics.REFLECTION_EVALUATIONS, producer = "reflection-service")
public sealed interface EvaluationEvent extends DomainEvent permits EvaluationSubmitted {
}
