package nl.koers.web.organise;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * enrolment-service's answers about invitation lists: an uploaded list with its report per row
 * ({@code UploadView}), and the invitations a cohort has sent ({@code InvitationView}).
 */
final class InvitationModels {

    private InvitationModels() {
    }

    /**
     * A list as uploaded and checked: nothing is sent until it is confirmed.
     *
     * @param status  CHECKED (read and reported, nothing sent) or CONFIRMED (the invitations went out)
     * @param invited how many invitations the confirmation that answered this issued; null in other answers
     */
    record Upload(UUID id, UUID cohortId, String fileName, String status, Instant uploadedAt, Instant confirmedAt,
                  Counts counts, List<Row> rows, Integer invited) {

        Upload {
            counts = counts == null ? new Counts(0, 0, 0, 0, 0) : counts;
            rows = rows == null ? List.of() : List.copyOf(rows);
        }

        public boolean confirmed() {
            return "CONFIRMED".equals(status);
        }

        /** Whether confirming would send anything: a checked list with rows to invite. */
        public boolean canConfirm() {
            return !confirmed() && counts.invite() > 0;
        }

        /** The rows with a problem, for the page that shows only those. */
        public List<Row> rejected() {
            return rows.stream().filter(Row::rejected).toList();
        }
    }

    record Counts(int rows, int invite, int alreadyInvited, int alreadyEnrolled, int rejected) {
    }

    /** One row of the list, numbered by its line in the file (the header is line 1). */
    record Row(int line, String name, String email, String institution, String sector, String function,
               String outcome, List<RowProblem> problems) {

        Row {
            problems = problems == null ? List.of() : List.copyOf(problems);
        }

        public boolean rejected() {
            return "REJECTED".equals(outcome) || !problems.isEmpty();
        }
    }

    /**
     * What is wrong with one field of a row.
     *
     * @param field the column, as the API names it: name, email, institution, sector or function
     * @param code  required, too-long, email-invalid, sector-unknown or duplicate
     */
    record RowProblem(String field, String code, String message) {
    }

    /** An invitation sent for a cohort, and what became of it. */
    record Invitation(UUID id, UUID cohortId, String name, String email, String status, Instant invitedAt,
                      Instant acceptedAt, Instant expiresAt) {
    }
}
