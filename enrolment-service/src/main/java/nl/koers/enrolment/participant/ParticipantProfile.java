package nl.koers.enrolment.participant;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.koers.events.ParticipantProfileUpdated;

/**
 * What a participant tells about themselves before enrolling. {@code version} grows with every change so that
 * rosters elsewhere apply the newest name and institution even when events arrive out of order.
 */
public record ParticipantProfile(String participantId, String displayName, String email, String institution,
                                 Sector sector, String function, long version, Instant updatedAt) {

    /** The details a participant can change. */
    public record Details(String displayName, String email, String institution, Sector sector, String function) {
    }

    public static ParticipantProfile first(String participantId, Details details, Instant now) {
        return new ParticipantProfile(participantId, details.displayName(), details.email(), details.institution(),
                details.sector(), details.function(), 1, now);
    }

    /** The changed profile, or empty when the details are what the profile already says. */
    public Optional<ParticipantProfile> change(Details details, Instant now) {
        if (details.equals(details())) {
            return Optional.empty();
        }
        return Optional.of(new ParticipantProfile(participantId, details.displayName(), details.email(),
                details.institution(), details.sector(), details.function(), version + 1, now));
    }

    public Details details() {
        return new Details(displayName, email, institution, sector, function);
    }

    /** The fact other services learn: rosters the name and institution, notification-service the address too. */
    public ParticipantProfileUpdated updated() {
        return new ParticipantProfileUpdated(UUID.randomUUID(), updatedAt, participantId, version, displayName,
                institution, sector.name(), email);
    }
}
