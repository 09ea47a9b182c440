package nl.koers.web.organise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.koers.web.api.ApiProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.MessageSourceResolvable;

/** Which sentence an organiser reads for each way enrolment-service can refuse a whole invitation list. */
class InvitationListProblemsTest {

    /** The refusals as enrolment-service words them, and a few worded otherwise. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            413 | invitation-file-too-large  | The file is larger than 1 MB, the most an invitation list may be. Split the list into smaller files. | file | is larger than 1 MB | invitations.file.tooLarge
            413 | invitation-list-too-long   | The list has more than 500 people, the most one upload may have. Split the list into files of at most 500 rows. | file | has more than 500 rows | invitations.file.tooManyRows
            400 | invitation-file-unreadable | The file is empty: it needs a header line (naam;e-mail;instelling;sector;functie) and a line per person. | file | is empty | invitations.file.empty
            400 | invitation-file-unreadable | The file is not UTF-8 text. In Excel, save it with Save as and the type CSV UTF-8 (comma delimited), then upload it again. | file | is not UTF-8 | invitations.file.notUtf8
            400 | invitation-file-unreadable | The file cannot be read as CSV: EOF reached before encapsulated token finished. Check the quotes in the file, or export it again from Excel. | file | has broken quoting | invitations.file.quoting
            413 | content-too-large          | The request body is larger than this service accepts. | | | invitations.file.tooLarge
            400 | invalid-request            | The file has no header line. | file | has no header | invitations.file.noHeader
            400 | invalid-request            | Nobody can read this. | file | is not a list | invitations.file.unreadable
            409 | cohort-not-inviting        | Cohort 1 is COMPLETED: nobody can be invited to it any more. | | | invitations.file.cohortClosed
            409 | invitations-busy           | The invitations of this cohort are being changed by someone else right now; please try again. | | | invitations.file.busy
            """)
    void saysWhatIsWrongWithTheList(int status, String code, String detail, String field, String message, String expected) {
        Map<String, String> errors = field == null ? Map.of() : Map.of(field, message);

        assertThat(InvitationListProblems.of(new ApiProblem(status, code, detail, errors)).key()).isEqualTo(expected);
    }

    @Test
    void namesTheMissingColumnWhetherTheServiceNamesItAsTheFieldOrInItsWords() {
        InvitationListProblems.Message asField = InvitationListProblems.of(new ApiProblem(400, "invalid-request",
                "A required column is missing.", Map.of("sector", "is a required column")));
        InvitationListProblems.Message inWords = InvitationListProblems.of(new ApiProblem(400, "missing-column",
                "A required column is missing.", Map.of("file", "has no column e-mail")));

        assertThat(asField.key()).isEqualTo("invitations.file.missingColumn");
        assertThat(((MessageSourceResolvable) asField.arguments()[0]).getCodes()).containsExactly("invitations.header.sector");
        assertThat(((MessageSourceResolvable) inWords.arguments()[0]).getCodes()).containsExactly("invitations.header.email");
    }

    @Test
    void namesTheMissingColumnAsEnrolmentServiceWordsIt() {
        InvitationListProblems.Message one = InvitationListProblems.of(new ApiProblem(400, "invitation-file-unreadable",
                "The first line must name the columns naam, e-mail, instelling and sector (functie may be left out); missing:"
                        + " e-mail/email. The first line read was: \"naam;mail;instelling;sector\".",
                Map.of("file", "lacks the column e-mail/email")));
        InvitationListProblems.Message two = InvitationListProblems.of(new ApiProblem(400, "invitation-file-unreadable",
                "The first line must name the columns naam, e-mail, instelling and sector (functie may be left out); missing:"
                        + " instelling/institution, sector/sector. The first line read was: \"naam;e-mail\".",
                Map.of("file", "lacks the columns instelling/institution, sector/sector")));

        assertThat(one.key()).isEqualTo("invitations.file.missingColumn");
        assertThat(((MessageSourceResolvable) one.arguments()[0]).getCodes()).containsExactly("invitations.header.email");
        assertThat(two.key()).isEqualTo("invitations.file.missingColumns");
    }

    @Test
    void namesNoColumnWhenTheServiceListsThemAll() {
        InvitationListProblems.Message all = InvitationListProblems.of(new ApiProblem(400, "invalid-request", "Header wrong.",
                Map.of("file", "the first line must name the columns name, email, institution and sector")));

        assertThat(all.key()).isEqualTo("invitations.file.missingColumns");
    }

    @Test
    void leavesRefusalsThatAreNotAboutTheListToThePage() {
        assertThat(InvitationListProblems.of(new ApiProblem(403, "forbidden", "Organisers only", Map.of()))).isNull();
        assertThat(InvitationListProblems.of(new ApiProblem(404, "cohort-not-found", "No such cohort", Map.of()))).isNull();
    }
}
