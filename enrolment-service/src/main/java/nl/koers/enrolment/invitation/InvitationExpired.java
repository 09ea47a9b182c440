package nl.koers.enrolment.invitation;

import java.time.Instant;

/** The link is past its expiry and nobody accepted it: answered 410, the organiser must invite again. */
public final class InvitationExpired extends RuntimeException {

    public InvitationExpired(Instant expiresAt) {
        super("This invitation expired at " + expiresAt + ". Ask the organiser of the cohort for a new invitation.");
    }
}
