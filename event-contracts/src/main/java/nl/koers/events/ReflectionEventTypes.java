package nl.koers.events;

import java.util.List;

/** The facts reflection-service publishes. */
final class ReflectionEventTypes {

    static final List<EventCatalog.Entry> ENTRIES = List.of(
            new EventCatalog.Entry(ReflectionWritten.class, "nl.koers.reflection.ReflectionWritten.v1", Topics.REFLECTION_REFLECTIONS),
            new EventCatalog.Entry(CaseAnalysed.class, "nl.koers.reflection.CaseAnalysed.v1", Topics.REFLECTION_CASES),
            new EventCatalog.Entry(InterventionPlanned.class, "nl.koers.reflection.InterventionPlanned.v1", Topics.REFLECTION_INTERVENTIONS),
            new EventCatalog.Entry(InterventionCarriedOut.class, "nl.koers.reflection.InterventionCarriedOut.v1", Topics.REFLECTION_INTERVENTIONS),
            new EventCatalog.Entry(FeedbackGiven.class, "nl.koers.reflection.FeedbackGiven.v1", Topics.REFLECTION_INTERVENTIONS),
            new EventCatalog.Entry(EvaluationSubmitted.class, "nl.koers.reflection.EvaluationSubmitted.v1", Topics.REFLECTION_EVALUATIONS));

    private ReflectionEventTypes() {
    }
}
