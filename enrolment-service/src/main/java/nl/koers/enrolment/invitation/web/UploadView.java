package nl.koers.enrolment.invitation.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.enrolment.invitation.CheckedRow;
import nl.koers.enrolment.invitation.InvitationUpload;
import nl.koers.enrolment.invitation.RowOutcome;
import nl.koers.enrolment.invitation.RowProblem;
import org.jspecify.annotations.Nullable;

/** An uploaded invitation list with its row report, as the organiser reads it before and after confirming. */
record UploadView(
        UUID id,
        UUID cohortId,
        @Schema(description = "The name of the uploaded file", example = "deelnemers-najaar.csv")
        String fileName,
        @Schema(description = "CHECKED until confirmed; CONFIRMED once the invitations went out")
        InvitationUpload.Status status,
        Instant uploadedAt,
        @Schema(description = "When the list was confirmed; null while CHECKED")
        @Nullable Instant confirmedAt,
        CountsView counts,
        @Schema(description = "Only in the answer to a confirmation: how many invitations that call issued (0 for a"
                + " repeated confirmation); null otherwise", example = "12")
        @Nullable Integer invited,
        @Schema(description = "Every data row of the file, in file order")
        List<RowView> rows) {

    record CountsView(
            @Schema(description = "Data rows in the file") int rows,
            @Schema(description = "Rows that confirming invites") int invite,
            @Schema(description = "Rows whose address was invited to this cohort before") int alreadyInvited,
            @Schema(description = "Rows whose address belongs to someone enrolled in the cohort") int alreadyEnrolled,
            @Schema(description = "Rows with problems, which confirming skips") int rejected) {
    }

    record RowView(
            @Schema(description = "The line in the file the row starts on; the header is line 1", example = "2")
            long line,
            @Schema(description = "Null once the person was erased") @Nullable String name,
            @Schema(description = "Null once the person was erased") @Nullable String email,
            @Nullable String institution,
            @Schema(description = "As written in the file") @Nullable String sector,
            @Nullable String function,
            RowOutcome outcome,
            @Schema(description = "What is wrong with the row; empty unless REJECTED")
            List<ProblemView> problems) {
    }

    record ProblemView(
            @Schema(allowableValues = {"name", "email", "institution", "sector", "function"}) String field,
            @Schema(allowableValues = {"required", "too-long", "email-invalid", "sector-unknown", "duplicate"})
            String code,
            @Schema(description = "In English, for a log; the web app words each code itself",
                    example = "is not an e-mail address")
            String message) {
    }

    static UploadView of(InvitationUpload upload, @Nullable Integer invited) {
        InvitationUpload.Counts c = upload.counts();
        return new UploadView(upload.id(), upload.cohortId(), upload.fileName(), upload.status(), upload.uploadedAt(),
                upload.confirmedAt(), new CountsView(c.rows(), c.invite(), c.alreadyInvited(), c.alreadyEnrolled(),
                c.rejected()), invited, upload.rows().stream().map(UploadView::row).toList());
    }

    private static RowView row(CheckedRow r) {
        return new RowView(r.line(), r.name(), r.email(), r.institution(), r.sector(), r.function(), r.outcome(),
                r.problems().stream().map(UploadView::problem).toList());
    }

    private static ProblemView problem(RowProblem p) {
        return new ProblemView(p.field(), p.code(), p.message());
    }
}
