package nl.koers.enrolment.enrolment.web;

import java.time.Instant;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.enrolment.enrolment.EnrolmentDetails;
import nl.koers.enrolment.enrolment.EnrolmentStatus;
import org.jspecify.annotations.Nullable;

/** An enrolment as its participant and the cohort's organisers see it. */
public record EnrolmentView(
        UUID id,
        UUID cohortId,
        @Schema(description = "The participant's user id: the subject of their access token; `former-...` once the"
                + " participant was erased or the cohort's retention period ended (show \"Oud-deelnemer\")")
        String participantId,
        @Schema(description = "The participant's display name, as their profile said when they enrolled; null once"
                + " anonymised")
        @Nullable String displayName,
        @Schema(description = "The participant's school or institution, as their profile said when they enrolled;"
                + " null once anonymised")
        @Nullable String institution,
        @Schema(description = "CONFIRMED holds a seat, WAITLISTED waits for one, WITHDRAWN gave it up, COMPLETED"
                + " took part until the cohort completed")
        EnrolmentStatus status,
        @Schema(description = "Place in the waitlist, 1 for the next in line; null unless WAITLISTED", example = "2")
        @Nullable Integer waitlistPosition,
        @Schema(description = "Why the participant wants to take part; null when they gave no reason")
        @Nullable String motivation,
        Instant enrolledAt,
        @Schema(description = "When the status last changed")
        Instant updatedAt) {

    public static EnrolmentView of(EnrolmentDetails details) {
        var e = details.enrolment();
        return new EnrolmentView(e.id(), details.cohortId(), e.participantId(), e.applicant().displayName(),
                e.applicant().institution(), e.status(), details.waitlistPosition(), e.motivation(), e.enrolledAt(),
                e.updatedAt());
    }
}
