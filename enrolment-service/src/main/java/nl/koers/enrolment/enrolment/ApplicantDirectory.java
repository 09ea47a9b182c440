package nl.koers.enrolment.enrolment;

import java.util.Optional;

/** Where enrolment finds the profile a participant filled in; implemented by the participant feature. */
public interface ApplicantDirectory {

    Optional<Applicant> applicant(String participantId);
}
