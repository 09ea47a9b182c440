package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A participant filled in or changed their profile. Carries the display name and institution that rosters
 * show (the architecture allows those to travel); never the e-mail address.
 */
public record ParticipantProfileUpdated(UUID eventId, Instant occurredAt, String participantId, long profileVersion,
                                        String displayName, String institution, String sector)
        implements ParticipantEvent {

    @Override
    public String subject() {
        return participantId;
    }
}
