package nl.koers.enrolment.invitation;

import java.util.List;

/** A row of an uploaded list with the outcome of its check, as the organiser's report shows it. */
public record CheckedRow(long line, String name, String email, String institution, String sector, String function,
                         RowOutcome outcome, List<RowProblem> problems) {

    public CheckedRow {
        problems = List.copyOf(problems);
    }

    /** The address as the once-per-cohort rule compares it. */
    public String address() {
        return InvitationRules.address(email);
    }
}
