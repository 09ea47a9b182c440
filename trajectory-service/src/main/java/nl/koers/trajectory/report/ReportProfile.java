package nl.koers.trajectory.report;

/**
 * What reports use of a participant's profile: the sector and institution they are counted under. The
 * display name also travels on enrolment-service's profile events, but reports never keep it.
 */
public record ReportProfile(String participantId, long profileVersion, String sector, String institution) {
}
