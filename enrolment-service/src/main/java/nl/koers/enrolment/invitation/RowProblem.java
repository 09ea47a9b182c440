package nl.koers.enrolment.invitation;

/**
 * What is wrong with one cell of a row.
 *
 * @param field {@code name}, {@code email}, {@code institution}, {@code sector} or {@code function}
 * @param code  {@code required}, {@code too-long}, {@code email-invalid}, {@code sector-unknown} or {@code duplicate}
 */
public record RowProblem(String field, String code, String message) {
}
