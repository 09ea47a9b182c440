package nl.koers.enrolment.invitation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.koers.enrolment.participant.Sector;

/**
 * The checks of an invitation list's rows. The limits are those of the participant's profile, which acceptance
 * fills in from the row, so that an accepted row always makes a valid profile. An address counts once per cohort
 * whatever its case: {@code Anne@School.nl} and {@code anne@school.nl} reach the same person.
 */
public final class InvitationRules {

    static final int MAX_NAME = 100;
    static final int MAX_EMAIL = 254;
    static final int MAX_INSTITUTION = 200;
    static final int MAX_FUNCTION = 100;

    /** One @, something before it, a domain with a dot after it, and no spaces: what a mail server can deliver to. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s\"(),:;<>\\[\\]\\\\]+@[^@\\s\"(),:;<>\\[\\]\\\\.]+"
            + "(\\.[^@\\s\"(),:;<>\\[\\]\\\\.]+)+$");

    private InvitationRules() {
    }

    /**
     * Checks every row: first its own cells, then whether its address came earlier in the file, was invited to the
     * cohort before, or belongs to someone enrolled in it already.
     *
     * @param invited  the addresses invited to the cohort so far, as {@link #address} gives them
     * @param enrolled the addresses of participants holding a place in the cohort, likewise
     */
    public static List<CheckedRow> check(List<ListedPerson> people, Set<String> invited, Set<String> enrolled) {
        Set<String> seen = new HashSet<>();
        List<CheckedRow> rows = new ArrayList<>();
        for (ListedPerson person : people) {
            List<RowProblem> problems = new ArrayList<>();
            required(problems, "name", person.name(), MAX_NAME);
            boolean addressValid = required(problems, "email", person.email(), MAX_EMAIL);
            if (addressValid && !EMAIL.matcher(person.email()).matches()) {
                problems.add(new RowProblem("email", "email-invalid", "is not an e-mail address"));
                addressValid = false;
            }
            required(problems, "institution", person.institution(), MAX_INSTITUTION);
            if (required(problems, "sector", person.sector(), Integer.MAX_VALUE) && sector(person.sector()).isEmpty()) {
                problems.add(new RowProblem("sector", "sector-unknown", "must be PO, VO, MBO or HBO"));
            }
            if (person.function().length() > MAX_FUNCTION) {
                problems.add(tooLong("function", MAX_FUNCTION));
            }
            String address = address(person.email());
            if (addressValid && !seen.add(address)) {
                problems.add(new RowProblem("email", "duplicate", "is on an earlier line of this file too"));
            }
            RowOutcome outcome = !problems.isEmpty() ? RowOutcome.REJECTED
                    : invited.contains(address) ? RowOutcome.ALREADY_INVITED
                    : enrolled.contains(address) ? RowOutcome.ALREADY_ENROLLED
                    : RowOutcome.INVITE;
            rows.add(new CheckedRow(person.line(), person.name(), person.email(), person.institution(),
                    person.sector(), person.function(), outcome, problems));
        }
        return rows;
    }

    /** The sector a cell names, in any case: {@code mbo} is {@code MBO}. */
    public static Optional<Sector> sector(String cell) {
        String code = cell.strip().toUpperCase(Locale.ROOT);
        for (Sector sector : Sector.values()) {
            if (sector.name().equals(code)) {
                return Optional.of(sector);
            }
        }
        return Optional.empty();
    }

    /** How the once-per-cohort rule compares addresses. */
    public static String address(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean required(List<RowProblem> problems, String field, String value, int max) {
        if (value.isBlank()) {
            problems.add(new RowProblem(field, "required", "is empty"));
            return false;
        }
        if (value.length() > max) {
            problems.add(tooLong(field, max));
            return false;
        }
        return true;
    }

    private static RowProblem tooLong(String field, int max) {
        return new RowProblem(field, "too-long", "is longer than " + max + " characters");
    }
}
