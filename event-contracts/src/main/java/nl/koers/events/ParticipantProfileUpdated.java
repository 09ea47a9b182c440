package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A participant filled in or changed their profile. Carries the display name, institution and sector that rosters
 * and reports need, never the e-mail address. The only event with personal fields, so it travels on the one
 * compacted topic, keyed by participant: an erasure writes the key's tombstone, and compaction removes these
 * fields from the log (see README, "Privacy").
 */
public record ParticipantProfileUpdated(UUID eventId, Instant occurredAt, String participantId, long profileVersion,
                                        String displayName, String institution, String sector)
        implements ParticipantEvent {

    @Override
    public String subject() {
        return participantId;
    }
}
