package nl.koers.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A participant analysed a case (casus) they brought in with the role fan: which of the cohort's roles are
 * involved in the quality situation. The role keys travel (they are the organiser's labels, not personal
 * text); the situation and the contributions do not. {@code revision} grows with every analysis of the case.
 */
public record CaseAnalysed(UUID eventId, Instant occurredAt, UUID caseId, UUID cohortId, String participantId,
                           List<String> rolesInvolved, long revision) implements CaseEvent {

    @Override
    public String subject() {
        return caseId.toString();
    }
}
