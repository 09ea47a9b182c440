package nl.koers.enrolment.privacy.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.enrolment.enrolment.EnrolmentStatus;
import nl.koers.enrolment.participant.Sector;
import nl.koers.enrolment.privacy.EnrolmentExport;
import org.jspecify.annotations.Nullable;

/** enrolment-service's part of a participant's export; each field is described in docs/privacy/export-enrolment.md. */
record EnrolmentExportView(
        @Schema(description = "Which service's part this is", allowableValues = "enrolment")
        String part,
        @Schema(description = "Your user id: the subject of your access token")
        String participantId,
        @Schema(description = "When this export was made")
        Instant exportedAt,
        @Schema(description = "Your profile as you filled it in, e-mail address included; null when you have none")
        @Nullable Profile profile,
        @Schema(description = "Every enrolment of yours in every cohort, withdrawn and completed ones included, newest"
                + " first")
        List<Enrolment> enrolments,
        @Schema(description = "Every erasure request about you, newest first")
        List<ErasureView> erasures,
        @Schema(description = "Every invitation you enrolled with, newest first: what the organiser's list said"
                + " about you")
        List<Invitation> invitations) {

    record Invitation(UUID id, UUID cohortId,
                      @Schema(description = "The name on the organiser's list") @Nullable String name,
                      @Schema(description = "The address the invitation was sent to") @Nullable String email,
                      @Nullable String institution, Sector sector,
                      @Schema(description = "Null when the list did not name it") @Nullable String function,
                      Instant invitedAt, Instant expiresAt,
                      @Schema(description = "When you enrolled with it; null if that is still under way")
                      @Nullable Instant acceptedAt,
                      @Schema(description = "The enrolment it made; null if that is still under way")
                      @Nullable UUID enrolmentId) {
    }

    record Profile(String displayName, String email, String institution, Sector sector, String function,
                   @Schema(description = "Starts at 1 and grows by one with every change") long version,
                   Instant updatedAt) {
    }

    record Enrolment(UUID id, UUID cohortId,
                     @Schema(description = "CONFIRMED, WAITLISTED, WITHDRAWN or COMPLETED") EnrolmentStatus status,
                     @Schema(description = "Place on the waitlist, 1 for the next in line; null unless WAITLISTED")
                     @Nullable Integer waitlistPosition,
                     @Schema(description = "Why you wanted to take part, as you wrote it; null when you gave no reason")
                     @Nullable String motivation,
                     @Schema(description = "Your name as the roster recorded it when you enrolled")
                     @Nullable String displayName,
                     @Schema(description = "Your institution as the roster recorded it when you enrolled")
                     @Nullable String institution,
                     Instant enrolledAt,
                     @Schema(description = "When the status last changed") Instant updatedAt) {
    }

    static EnrolmentExportView of(EnrolmentExport export) {
        return new EnrolmentExportView(EnrolmentExport.PART, export.participantId(), export.exportedAt(),
                export.profile().map(p -> new Profile(p.displayName(), p.email(), p.institution(), p.sector(),
                        p.function(), p.version(), p.updatedAt())).orElse(null),
                export.enrolments().stream().map(d -> new Enrolment(d.enrolment().id(), d.cohortId(),
                        d.enrolment().status(), d.waitlistPosition(), d.enrolment().motivation(),
                        d.enrolment().applicant().displayName(), d.enrolment().applicant().institution(),
                        d.enrolment().enrolledAt(), d.enrolment().updatedAt())).toList(),
                export.erasures().stream().map(ErasureView::of).toList(),
                export.invitations().stream().map(i -> new Invitation(i.id(), i.cohortId(), i.name(), i.email(),
                        i.institution(), i.sector(), i.function(), i.invitedAt(), i.expiresAt(), i.acceptedAt(),
                        i.enrolmentId())).toList());
    }
}
