package nl.koers.enrolment.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.koers.enrolment.invitation.Invitation;
import nl.koers.enrolment.enrolment.EnrolmentDetails;
import nl.koers.enrolment.participant.ParticipantProfile;

/** enrolment-service's part of a participant's export: everything it holds about them. */
public record EnrolmentExport(String participantId, Instant exportedAt, Optional<ParticipantProfile> profile,
                              List<EnrolmentDetails> enrolments, List<Erasure> erasures,
                              List<Invitation> invitations) {

    public static final String PART = "enrolment";
}
