package nl.koers.trajectory.privacy;

import java.time.Instant;

/**
 * Remembers that a participant was erased, so that projections of this service skip the facts about them that
 * predate it (ErasedParticipants in service-defaults keeps it as a digest only).
 */
public interface ErasureRegister {

    void record(String participantId, Instant erasedAt);
}
