package nl.koers.enrolment.invitation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An organiser's uploaded list and its row report. CHECKED until they confirm it; confirming invites its INVITE
 * rows ({@link CohortInvitations#issue}) and makes it CONFIRMED, once.
 */
public record InvitationUpload(UUID id, UUID cohortId, String fileName, Status status, String uploadedBy,
                               Instant uploadedAt, Instant confirmedAt, List<CheckedRow> rows) {

    public enum Status { CHECKED, CONFIRMED }

    /** How many rows had each outcome. */
    public record Counts(int rows, int invite, int alreadyInvited, int alreadyEnrolled, int rejected) {
    }

    public InvitationUpload {
        rows = List.copyOf(rows);
    }

    public Counts counts() {
        return new Counts(rows.size(), count(RowOutcome.INVITE), count(RowOutcome.ALREADY_INVITED),
                count(RowOutcome.ALREADY_ENROLLED), count(RowOutcome.REJECTED));
    }

    private int count(RowOutcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
