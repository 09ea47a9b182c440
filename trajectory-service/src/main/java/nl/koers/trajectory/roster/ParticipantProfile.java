package nl.koers.trajectory.roster;

/**
 * The name and institution a roster shows for a participant. {@code profileVersion} orders a participant's
 * profile changes, so a late, older profile never overwrites a newer one.
 */
public record ParticipantProfile(String participantId, String displayName, String institution, long profileVersion) {
}
