package nl.koers.web.organise;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.koers.web.api.ApiProblem;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What to tell an organiser, beside the file field, when enrolment-service refuses a whole invitation list: too
 * large, too many people, empty, not readable as text, a quote left open, a column missing, no line of column
 * names, or a cohort that takes no invitations any more. Each gets a sentence that says what to do, never the
 * service's own (English, technical) words.
 *
 * <p>The service says what is wrong in its problem's code and in the {@code errors} it names. This reads them by
 * the words they contain ({@code empty}, {@code utf}, {@code quot}, {@code column}, {@code header}...) rather than
 * by exact codes, so that a code that says more than that ({@code invitation-file-missing-column}) or an error
 * worded a little differently still finds its sentence; a refusal that names none of them gets the plain sentence
 * that the file cannot be read, with what a good file looks like on the page above it.
 */
final class InvitationListProblems {

    /** The columns of a list, as the service names them, with the other names an organiser may have used. */
    private static final Map<String, List<String>> COLUMNS = Map.of(
            "name", List.of("name", "naam"),
            "email", List.of("email", "e-mail", "e-mailadres"),
            "institution", List.of("institution", "instelling"),
            "sector", List.of("sector"),
            "function", List.of("function", "functie"));

    private InvitationListProblems() {
    }

    /**
     * The message for a refused list: a key of {@code invitations.file.*} and its arguments (a column's name, to be
     * read in the reader's language). Null for a refusal that is not about the list (403, 404): the page's to handle.
     */
    static Message of(ApiProblem problem) {
        if (problem.status() == 413) {
            return rows(words(problem)) ? new Message("invitations.file.tooManyRows") : new Message("invitations.file.tooLarge");
        }
        if (problem.status() == 409) {
            // Two organisers changing the cohort's invitations at the very same moment: the service tried and gave way.
            return problem.code().contains("busy") ? new Message("invitations.file.busy")
                    : new Message("invitations.file.cohortClosed");
        }
        if (problem.status() != 400 && problem.status() != 422) {
            return null;
        }
        String words = words(problem);
        if (words.contains("empty")) {
            return new Message("invitations.file.empty");
        }
        if (words.contains("utf") || words.contains("encoding") || words.contains("charset")) {
            return new Message("invitations.file.notUtf8");
        }
        if (words.contains("quot")) {
            return new Message("invitations.file.quoting");
        }
        if (rows(words)) {
            return new Message("invitations.file.tooManyRows");
        }
        String column = column(problem);
        if (words.contains("column") || column != null) {
            return column == null ? new Message("invitations.file.missingColumns")
                    : new Message("invitations.file.missingColumn",
                            new DefaultMessageSourceResolvable(new String[] {"invitations.header." + column}, column));
        }
        if (words.contains("header")) {
            return new Message("invitations.file.noHeader");
        }
        return new Message("invitations.file.unreadable");
    }

    private static boolean rows(String words) {
        return words.contains("too many") || words.contains("too-many") || words.contains("more than")
                || words.contains("500");
    }

    /** Everything the problem says, in lower case: its code, detail and each error's field and message. */
    private static String words(ApiProblem problem) {
        StringBuilder words = new StringBuilder(problem.code()).append(' ').append(problem.detail());
        problem.fieldErrors().forEach((field, message) -> words.append(' ').append(field).append(' ').append(message));
        return words.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The column the problem names as an error's field, or else the one column its errors' words name (a sentence
     * that lists every column names none in particular); null when it names none.
     */
    private static String column(ApiProblem problem) {
        Set<String> named = new TreeSet<>();
        for (var error : problem.fieldErrors().entrySet()) {
            String field = error.getKey().strip().toLowerCase(Locale.ROOT);
            for (var column : COLUMNS.entrySet()) {
                if (column.getValue().contains(field)) {
                    return column.getKey();
                }
                String message = error.getValue().toLowerCase(Locale.ROOT);
                if (column.getValue().stream().anyMatch(name -> Pattern.compile("(^|[^a-z-])" + Pattern.quote(name) + "([^a-z-]|$)")
                        .matcher(message).find())) {
                    named.add(column.getKey());
                }
            }
        }
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /** A message key and its arguments. */
    record Message(String key, Object... arguments) {
    }
}
