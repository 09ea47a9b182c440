package nl.koers.events;

/**
 * Facts about cases: every record published to {@link Topics#REFLECTION_CASES}. Sealed, so a consumer's switch over it
 * breaks the build when a new fact is added and not handled (or explicitly skipped).
 */
@Topic(name = Topics.REFLECTION_CASES, producer = "reflection-service")
public sealed interface CaseEvent extends DomainEvent permits CaseAnalysed {
}
