package nl.koers.enrolment.privacy;

import nl.koers.defaults.privacy.Audit;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.enrolment.enrolment.EnrolmentService;
import nl.koers.enrolment.invitation.InvitationService;
import nl.koers.enrolment.participant.ParticipantService;
import nl.koers.events.AuditEntry;
import nl.koers.events.CohortRetentionExpired;
import nl.koers.events.EnrolmentActionAudited;
import org.springframework.stereotype.Service;

/**
 * A cohort's retention period ended (trajectory-service decides when): its enrolments are anonymised as an
 * erasure would, its invitation lists and invitations are deleted (each invitation's record gets its tombstone),
 * and a participant's profile goes too once nothing of theirs is left that is not anonymised. The
 * steps are recorded per cohort ({@link CohortRetention}), so that a redelivery, or a run that stopped half-way,
 * ends the same and the audit entry is written once.
 */
@Service
public class RetentionService {

    private final CohortRetentions retentions;
    private final EnrolmentService enrolments;
    private final ParticipantService participants;
    private final InvitationService invitations;
    private final OutboxRelay outboxRelay;
    private final Clock clock;

    RetentionService(CohortRetentions retentions, EnrolmentService enrolments, ParticipantService participants,
                     InvitationService invitations, OutboxRelay outboxRelay, Clock clock) {
        this.retentions = retentions;
        this.enrolments = enrolments;
        this.participants = participants;
        this.invitations = invitations;
        this.outboxRelay = outboxRelay;
        this.clock = clock;
    }

    public void expire(CohortRetentionExpired expired) {
        UUID cohortId = expired.cohortId();
        Optional<CohortRetention> found = retentions.find(cohortId);
        if (found.isPresent() && found.get().done()) {
            return;
        }
        if (found.isEmpty()) {
            // Who was on the roster is written down before the roster forgets it.
            retentions.start(new CohortRetention(cohortId, false, List.copyOf(enrolments.participantsOf(cohortId))));
            found = retentions.find(cohortId);
        }
        CohortRetention retention = found.orElseThrow();
        enrolments.anonymiseCohort(cohortId);
        invitations.expireCohort(cohortId);
        List<String> deleted = new ArrayList<>();
        for (String participantId : retention.participants()) {
            if (enrolments.allOf(participantId).isEmpty()) {
                participants.delete(participantId);
                deleted.add(participantId);
            }
        }
        Instant now = clock.instant();
        AuditEntry entry = Audit.bySystem("cohort.personal-data-expired", "cohort", cohortId, cohortId, Map.of(
                        "retentionMonths", String.valueOf(expired.retentionMonths()),
                        "endedOn", String.valueOf(expired.endedOn()),
                        "deletedProfiles", String.valueOf(deleted.size())));
        if (retentions.finish(cohortId, deleted,
                List.of(new EnrolmentActionAudited(UUID.randomUUID(), now, entry)))) {
            outboxRelay.publishSoon(retentions.collection(), cohortId.toString());
        }
    }
}
