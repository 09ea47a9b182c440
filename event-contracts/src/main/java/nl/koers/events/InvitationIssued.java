package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An organiser confirmed an invitation list and this person was invited to the cohort: notification-service sends
 * them the invitation with their personal link, {@code /invitations/{token}} in the web app. The token is the
 * link's secret: enrolment-service keeps only its hash, and the record leaves the log (tombstone) once the
 * invitation is accepted or its cohort's retention ends. Keyed by invitation.
 *
 * @param expiresAt after this the link no longer enrols anyone (when the cohort's enrolment window closes, or 30
 *                  days after the invitation, whichever comes first)
 */
public record InvitationIssued(UUID eventId, Instant occurredAt, UUID invitationId, UUID cohortId, String email,
                               String displayName, String token, Instant expiresAt) implements InvitationEvent {

    @Override
    public String subject() {
        return invitationId.toString();
    }
}
