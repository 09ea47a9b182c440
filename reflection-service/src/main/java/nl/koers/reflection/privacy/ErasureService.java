package nl.koers.reflection.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.defaults.privacy.ErasedParticipants;
import nl.koers.events.ReflectionDataErased;
import nl.koers.reflection.audit.AuditTrail;
import nl.koers.reflection.casus.Cases;
import nl.koers.reflection.evaluation.Respondents;
import nl.koers.reflection.intervention.FeedbackStore;
import nl.koers.reflection.intervention.Interventions;
import nl.koers.reflection.membership.Memberships;
import nl.koers.reflection.reflection.Reflections;

/**
 * Erases what reflection-service holds about a participant when they ask (or an admin asks for them), and what it
 * holds about a cohort's participants once the cohort's retention period is over. What is theirs alone goes:
 * reflections, cases, the interventions they planned with their steps and the feedback on them. What they gave to
 * others' records stays with those records without naming them: their feedback on someone else's intervention,
 * their place in someone else's work group, their place in a cohort. Evaluation responses never named anyone and
 * stay; the markers that said who evaluated go.
 *
 * <p>Every step finds what is left by the participant's id or the cohort's, so an erasure interrupted half-way is
 * simply done again, with the same former id. Without transactions the order matters: the participant is recorded
 * as erased before anything is erased, so a late fact about them that the membership projection handles at the same
 * moment is skipped rather than written back; feedback is deleted before and again after its interventions, so none
 * given in between is left without its intervention.
 */
public class ErasureService {

    private final Erasures erasures;
    private final ErasedParticipants erasedParticipants;
    private final Reflections reflections;
    private final Cases cases;
    private final Interventions interventions;
    private final FeedbackStore feedback;
    private final Respondents respondents;
    private final Memberships memberships;
    private final Clock clock;

    public ErasureService(Erasures erasures, ErasedParticipants erasedParticipants, Reflections reflections,
                          Cases cases, Interventions interventions, FeedbackStore feedback, Respondents respondents,
                          Memberships memberships, Clock clock) {
        this.erasures = erasures;
        this.erasedParticipants = erasedParticipants;
        this.reflections = reflections;
        this.cases = cases;
        this.interventions = interventions;
        this.feedback = feedback;
        this.respondents = respondents;
        this.memberships = memberships;
        this.clock = clock;
    }

    /**
     * Erases {@code participantId} for erasure {@code erasureId} and announces it with {@link ReflectionDataErased}
     * and an audit entry, in one write. A request delivered again after it finished erases nothing new (what the
     * participant did since is new activity) and announces again, without a second audit entry.
     */
    public void erase(UUID erasureId, String participantId) {
        Instant now = clock.instant();
        ErasureProgress progress = erasures.begin(erasureId, now);
        if (progress.finished()) {
            erasures.announce(erasureId, List.of(erased(erasureId, now)));
            return;
        }
        erasedParticipants.record(participantId, now);
        String formerId = progress.formerId();
        reflections.deleteOwnedBy(participantId);
        cases.deleteOwnedBy(participantId);
        interventions.handOverFrom(participantId);
        List<UUID> planned = interventions.plannedBy(participantId);
        feedback.deleteOn(planned);
        interventions.delete(planned);
        feedback.deleteOn(planned);
        interventions.replaceCoOwner(participantId, formerId);
        feedback.replaceGiver(participantId, formerId);
        respondents.forget(participantId);
        memberships.replaceMember(participantId, formerId);
        Instant done = clock.instant();
        // The audit trail is kept for good, so the entry names the erasure, never the participant, as the other
        // services' entries do.
        erasures.finish(erasureId, done, List.of(erased(erasureId, done), AuditTrail.system(done,
                "participant.erased", "erasure", erasureId.toString(), null,
                Map.of("erasureId", erasureId.toString()))));
    }

    /**
     * Erases the personal data of a cohort whose retention period ended, as an erasure would for each of its
     * participants but limited to the cohort; the anonymous evaluation responses stay, so its averages do. Once.
     */
    public void expire(UUID cohortId, LocalDate endedOn, int retentionMonths) {
        Instant now = clock.instant();
        if (!erasures.beginExpiry(cohortId, now)) {
            return;
        }
        memberships.expirePersonalData(cohortId, now, ErasedParticipants::formerParticipant);
        reflections.deleteIn(cohortId);
        cases.deleteIn(cohortId);
        List<UUID> cohortInterventions = interventions.in(cohortId);
        feedback.deleteIn(cohortId);
        interventions.delete(cohortInterventions);
        feedback.deleteIn(cohortId);
        respondents.forgetIn(cohortId);
        Instant done = clock.instant();
        erasures.finishExpiry(cohortId, done, List.of(AuditTrail.system(done, "cohort.personal-data-expired",
                "cohort", cohortId.toString(), cohortId, Map.of("endedOn", String.valueOf(endedOn),
                        "retentionMonths", String.valueOf(retentionMonths)))));
    }

    private static ReflectionDataErased erased(UUID erasureId, Instant at) {
        return new ReflectionDataErased(UUID.randomUUID(), at, erasureId);
    }
}
