package nl.koers.events;

/**
 * Facts about reflections: every record published to {@link Topics#REFLECTION_REFLECTIONS}. Sealed, so a consumer's switch over it
 * breaks the build when a new fact is added and not handled (or explicitly skipped).
 */
@Topic(name = Topics.REFLECTION_REFLECTIONS, producer = "reflection-service")
public sealed interface ReflectionEvent extends DomainEvent permits ReflectionWritten {
}
