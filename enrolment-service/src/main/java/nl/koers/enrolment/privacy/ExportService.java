package nl.koers.enrolment.privacy;

import nl.koers.defaults.privacy.Audit;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.defaults.web.Caller;
import nl.koers.enrolment.enrolment.EnrolmentService;
import nl.koers.enrolment.invitation.InvitationService;
import nl.koers.enrolment.participant.ParticipantService;
import nl.koers.events.EnrolmentActionAudited;
import org.springframework.stereotype.Service;

/** A participant's right of access: what enrolment-service holds about them, and an audit entry that they took it. */
@Service
public class ExportService {

    private final ParticipantService participants;
    private final EnrolmentService enrolments;
    private final ErasureService erasures;
    private final InvitationService invitations;
    private final OutboxRelay outboxRelay;
    private final Clock clock;

    ExportService(ParticipantService participants, EnrolmentService enrolments, ErasureService erasures,
                  InvitationService invitations, OutboxRelay outboxRelay, Clock clock) {
        this.participants = participants;
        this.enrolments = enrolments;
        this.erasures = erasures;
        this.invitations = invitations;
        this.outboxRelay = outboxRelay;
        this.clock = clock;
    }

    public EnrolmentExport export(Caller caller) {
        String participantId = caller.id();
        EnrolmentExport export = new EnrolmentExport(participantId, clock.instant(), participants.find(participantId),
                enrolments.allOf(participantId), erasures.allFor(participantId), invitations.acceptedBy(participantId));
        // A read changes no aggregate, so its audit entry travels in an outbox document of its own.
        outboxRelay.publishAlone(List.of(new EnrolmentActionAudited(UUID.randomUUID(), export.exportedAt(),
                Audit.by(caller, "participant.exported", "participant", participantId, null,
                        Map.of("part", EnrolmentExport.PART)))));
        return export;
    }
}
