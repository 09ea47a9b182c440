package nl.koers.enrolment.invitation;

/**
 * One data row of an invitation list as read, before any check: each value stripped, empty when the cell was empty
 * or the optional column absent.
 *
 * @param line the line in the file the row starts on, counting the header as line 1
 */
public record ListedPerson(long line, String name, String email, String institution, String sector,
                           String function) {
}
