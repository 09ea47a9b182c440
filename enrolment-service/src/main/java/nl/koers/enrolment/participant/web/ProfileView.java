package nl.koers.enrolment.participant.web;

import java.time.Instant;
import nl.koers.enrolment.participant.ParticipantProfile;
import nl.koers.enrolment.participant.Sector;

/** A participant's profile as they read it back. */
record ProfileView(String participantId, String displayName, String email, String institution, Sector sector,
                   String function, long version, Instant updatedAt) {

    static ProfileView of(ParticipantProfile p) {
        return new ProfileView(p.participantId(), p.displayName(), p.email(), p.institution(), p.sector(),
                p.function(), p.version(), p.updatedAt());
    }
}
