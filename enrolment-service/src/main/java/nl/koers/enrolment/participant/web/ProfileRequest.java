package nl.koers.enrolment.participant.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.enrolment.participant.ParticipantProfile;
import nl.koers.enrolment.participant.Sector;

/** A participant's profile as they fill it in. */
record ProfileRequest(
        @Schema(description = "Your name as organisers and fellow participants see it", example = "Anne de Vries",
                minLength = 1)
        @NotBlank @Size(max = 100) String displayName,
        @Schema(description = "Where organisers can reach you; never shared with other services",
                example = "anne.devries@example.nl", minLength = 1)
        @NotBlank @Email @Size(max = 254) String email,
        @Schema(description = "The school or institution you work for", example = "ROC Zuidrand",
                minLength = 1)
        @NotBlank @Size(max = 200) String institution,
        @Schema(description = "The education sector you work in: PO primary, VO secondary, MBO vocational, HBO"
                + " higher professional", example = "MBO")
        @NotNull Sector sector,
        @Schema(description = "Your job or role at the institution", example = "teamleider",
                minLength = 1)
        @NotBlank @Size(max = 100) String function) {

    ParticipantProfile.Details details() {
        return new ParticipantProfile.Details(displayName.strip(), email.strip(), institution.strip(), sector,
                function.strip());
    }
}
