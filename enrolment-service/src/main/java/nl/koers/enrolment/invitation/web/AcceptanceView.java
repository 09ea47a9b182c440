package nl.koers.enrolment.invitation.web;

import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.enrolment.enrolment.web.EnrolmentView;

/** An accepted invitation and the enrolment it made. */
record AcceptanceView(
        UUID invitationId,
        UUID cohortId,
        @Schema(description = "The enrolment, as POST /api/enrolments answers it: CONFIRMED or WAITLISTED with its"
                + " position by the usual rules")
        EnrolmentView enrolment) {
}
