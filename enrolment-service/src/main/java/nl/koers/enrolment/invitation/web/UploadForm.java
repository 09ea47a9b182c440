package nl.koers.enrolment.invitation.web;

import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The multipart form of an upload, for the API document only: springdoc would show the cohort as a query parameter
 * and the form as the file alone, while a browser's form (the web app's) sends both as fields.
 */
@Schema(name = "InvitationUploadForm", description = "multipart/form-data with two fields")
record UploadForm(
        @Schema(description = "The cohort to invite to", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "4b1f2c8e-6d3a-4e5f-9a7b-2c1d0e9f8a76")
        UUID cohortId,
        @Schema(description = "The CSV file: at most 1 MB and 500 data rows, UTF-8 with or without BOM, `;` or `,`"
                + " separated. Header line (any case, any order): naam/name, e-mail/email/e-mailadres,"
                + " instelling/institution, sector and optionally functie/function.",
                type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED)
        String file) {
}
