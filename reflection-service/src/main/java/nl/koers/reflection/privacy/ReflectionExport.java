package nl.koers.reflection.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.reflection.casus.Case;
import nl.koers.reflection.intervention.Feedback;
import nl.koers.reflection.intervention.Intervention;
import nl.koers.reflection.reflection.Reflection;

/**
 * Everything reflection-service holds about one participant, for their right of access: their own records whole,
 * the feedback they gave, the feedback their interventions received, and per cohort whether they evaluated it.
 * What the web layer leaves out of it (who gave feedback, others' ids) is decided there, where the shape is.
 *
 * @param evaluated per cohort they have a place in or evaluated: whether they evaluated it; never the answers,
 *                  which nothing links to them
 */
public record ReflectionExport(String participantId, Instant exportedAt, List<Reflection> reflections,
                               List<Case> cases, List<Intervention> interventions, List<Feedback> feedbackGiven,
                               List<Feedback> feedbackReceived, Map<UUID, Boolean> evaluated) {
}
