package nl.koers.events;

/**
 * Facts about interventions and the feedback on them: every record published to {@link Topics#REFLECTION_INTERVENTIONS}. Sealed, so a consumer's switch over it
 * breaks the build when a new fact is added and not handled (or explicitly skipped).
 */
@Topic(name = Topics.REFLECTION_INTERVENTIONS, producer = "reflection-service")
public sealed interface InterventionEvent extends DomainEvent permits InterventionPlanned, InterventionCarriedOut, FeedbackGiven {
}
