package nl.koers.enrolment.participant.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.enrolment.participant.ParticipantProfile;
import nl.koers.enrolment.participant.Sector;

/** A participant's profile as they fill it in. */
record ProfileRequest(
        @NotBlank @Size(max = 100) String displayName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 200) String institution,
        @NotNull Sector sector,
        @NotBlank @Size(max = 100) String function) {

    ParticipantProfile.Details details() {
        return new ParticipantProfile.Details(displayName.strip(), email.strip(), institution.strip(), sector,
                function.strip());
    }
}
