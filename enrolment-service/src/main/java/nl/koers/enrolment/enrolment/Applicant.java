package nl.koers.enrolment.enrolment;

/** The participant as the roster records them at enrolment: what organisers and rosters show. */
public record Applicant(String participantId, String displayName, String institution) {
}
