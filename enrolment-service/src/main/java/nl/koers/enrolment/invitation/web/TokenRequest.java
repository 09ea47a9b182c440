package nl.koers.enrolment.invitation.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The secret of an invitation link, sent in a body so that it never lands in an access log. */
record TokenRequest(
        @Schema(description = "The last part of the invitation link /invitations/{token}", minLength = 1,
                example = "q3V9vX0m1n2b3c4d5e6f7g8h9i0j1k2l3m4n5o6p7q8")
        @NotBlank @Size(max = 100) String token) {
}
