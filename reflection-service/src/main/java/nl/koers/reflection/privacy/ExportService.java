package nl.koers.reflection.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import nl.koers.events.DomainEvent;
import nl.koers.reflection.audit.AuditTrail;
import nl.koers.reflection.casus.Cases;
import nl.koers.reflection.evaluation.Respondents;
import nl.koers.reflection.intervention.FeedbackStore;
import nl.koers.reflection.intervention.Intervention;
import nl.koers.reflection.intervention.Interventions;
import nl.koers.reflection.membership.MemberStatus;
import nl.koers.reflection.membership.Memberships;
import nl.koers.reflection.reflection.Reflections;

/**
 * A participant's export of what reflection-service holds about them. The export is a read that changes nothing,
 * so its audit entry belongs to no record's write: it is published on its own, through a standalone outbox
 * document, before the export is answered.
 */
public class ExportService {

    private final Reflections reflections;
    private final Cases cases;
    private final Interventions interventions;
    private final FeedbackStore feedback;
    private final Respondents respondents;
    private final Memberships memberships;
    private final Consumer<List<? extends DomainEvent>> publishAlone;
    private final Clock clock;

    public ExportService(Reflections reflections, Cases cases, Interventions interventions, FeedbackStore feedback,
                         Respondents respondents, Memberships memberships,
                         Consumer<List<? extends DomainEvent>> publishAlone, Clock clock) {
        this.reflections = reflections;
        this.cases = cases;
        this.interventions = interventions;
        this.feedback = feedback;
        this.respondents = respondents;
        this.memberships = memberships;
        this.publishAlone = publishAlone;
        this.clock = clock;
    }

    public ReflectionExport export(String participantId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<Intervention> owned = interventions.allOwnedBy(participantId);
        ReflectionExport export = new ReflectionExport(participantId, now, reflections.allOwnedBy(participantId),
                cases.allOwnedBy(participantId), owned, feedback.givenBy(participantId),
                feedback.onAny(owned.stream().map(Intervention::id).toList()), evaluated(participantId));
        publishAlone.accept(List.of(AuditTrail.by(participantId, AuditTrail.PARTICIPANT, now, "participant.exported",
                "participant", participantId, null, Map.of("part", "reflection"))));
        return export;
    }

    /** Every cohort they took a seat in, and any other they evaluated (they may have withdrawn since). */
    private Map<UUID, Boolean> evaluated(String participantId) {
        Set<UUID> evaluated = respondents.cohortsEvaluatedBy(participantId);
        Map<UUID, Boolean> byCohort = new TreeMap<>();
        memberships.cohortsOf(participantId).forEach((cohortId, status) -> {
            if (status.tookASeat()) {
                byCohort.put(cohortId, evaluated.contains(cohortId));
            }
        });
        evaluated.forEach(cohortId -> byCohort.put(cohortId, true));
        return byCohort;
    }
}
