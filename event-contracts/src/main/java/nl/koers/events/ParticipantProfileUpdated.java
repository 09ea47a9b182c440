package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A participant filled in or changed their profile. Carries the display name, institution and sector that rosters
 * and reports need, and the e-mail address that notification-service sends to ({@code null} in records written
 * before it was added). One of the two events with personal fields, so it travels on a compacted topic, keyed by
 * participant: an erasure writes the key's tombstone, and compaction removes these fields from the log (see
 * docs/privacy.md).
 */
public record ParticipantProfileUpdated(UUID eventId, Instant occurredAt, String participantId, long profileVersion,
                                        String displayName, String institution, String sector,
                                        String email)
        implements ParticipantEvent {

    @Override
    public String subject() {
        return participantId;
    }
}
