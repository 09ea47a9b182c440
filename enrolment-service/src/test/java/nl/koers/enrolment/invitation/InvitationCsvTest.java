package nl.koers.enrolment.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvitationCsvTest {

    private static List<ListedPerson> read(String text) {
        return InvitationCsv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsDutchExcelWithBomSemicolonsAndCrlf() {
        List<ListedPerson> people = read("\uFEFFNaam;E-mailadres;Instelling;Sector;Functie\r\n"
                + "Anne de Vries;anne@school.nl;ROC Zuidrand;mbo;teamleider\r\n"
                + "Bram Bakker;bram@school.nl;Het Lyceum;VO;docent\r\n");

        assertThat(people).containsExactly(
                new ListedPerson(2, "Anne de Vries", "anne@school.nl", "ROC Zuidrand", "mbo", "teamleider"),
                new ListedPerson(3, "Bram Bakker", "bram@school.nl", "Het Lyceum", "VO", "docent"));
    }

    @Test
    void readsEnglishHeadersWithCommasInAnyOrderWithoutTheOptionalColumn() {
        List<ListedPerson> people = read("email,NAME,Sector,institution\nanne@school.nl,Anne,HBO,Hogeschool\n");

        assertThat(people).containsExactly(new ListedPerson(2, "Anne", "anne@school.nl", "Hogeschool", "HBO", ""));
    }

    @Test
    void readsExcelQuotingWithSeparatorsQuotesAndLineBreaksInCells() {
        List<ListedPerson> people = read("naam;e-mail;instelling;sector;functie\n"
                + "\"Vries; Anne de\";anne@school.nl;\"ROC \"\"De Rijn\"\"\";MBO;\"docent\nen mentor\"\n"
                + "Bram;bram@school.nl;Lyceum;VO;docent\n");

        assertThat(people).extracting(ListedPerson::name).containsExactly("Vries; Anne de", "Bram");
        assertThat(people.getFirst().institution()).isEqualTo("ROC \"De Rijn\"");
        assertThat(people.getFirst().function()).isEqualTo("docent\nen mentor");
        assertThat(people).extracting(ListedPerson::line).as("the line each row starts on").containsExactly(2L, 4L);
    }

    @Test
    void detectsTheSeparatorFromTheHeaderLine() {
        assertThat(InvitationCsv.delimiterOf("naam;e-mail;instelling;sector")).isEqualTo(';');
        assertThat(InvitationCsv.delimiterOf("name,email,institution,sector")).isEqualTo(',');
        assertThat(InvitationCsv.delimiterOf("\"naam, voluit\";e-mail;instelling;sector")).isEqualTo(';');
    }

    @Test
    void skipsEmptyLinesAndRowsOfEmptyCells() {
        List<ListedPerson> people = read("naam;e-mail;instelling;sector\n\n;;;\nAnne;anne@school.nl;ROC;MBO\n");

        assertThat(people).extracting(ListedPerson::email).containsExactly("anne@school.nl");
    }

    @Test
    void refusesAMissingRequiredColumnNamingIt() {
        assertThatThrownBy(() -> read("naam;e-mail;sector\nAnne;anne@school.nl;MBO\n"))
                .isInstanceOfSatisfying(InvitationFileRejected.class, e -> {
                    assertThat(e.reason()).isEqualTo(InvitationFileRejected.Reason.UNREADABLE);
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("file");
                        assertThat(error.message()).contains("instelling/institution");
                    });
                    assertThat(e.getMessage()).contains("instelling/institution").doesNotContain("sector/");
                });
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> read("\uFEFF  \r\n")).isInstanceOfSatisfying(InvitationFileRejected.class,
                e -> assertThat(e.errors().getFirst().message()).isEqualTo("is empty"));
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        byte[] windows1252 = "naam;e-mail;instelling;sector\nJosé;jose@school.nl;ROC;MBO\n"
                .getBytes(Charset.forName("windows-1252"));

        assertThatThrownBy(() -> InvitationCsv.read(windows1252)).isInstanceOfSatisfying(
                InvitationFileRejected.class, e -> {
                    assertThat(e.reason()).isEqualTo(InvitationFileRejected.Reason.UNREADABLE);
                    assertThat(e.errors().getFirst().message()).isEqualTo("is not UTF-8");
                    assertThat(e.getMessage()).contains("CSV UTF-8");
                });
    }

    @Test
    void refusesAQuoteThatNeverClosesNamingItsLine() {
        assertThatThrownBy(() -> read("naam;e-mail;instelling;sector\nBram;bram@school.nl;ROC;VO\n"
                + "\"Anne;anne@school.nl;ROC;MBO\n"))
                .isInstanceOfSatisfying(InvitationFileRejected.class, e -> {
                    assertThat(e.errors().getFirst().message()).isEqualTo("has broken quoting on line 3");
                    assertThat(e.getMessage()).contains("line 3").doesNotContain("org.apache", "Exception");
                });
    }

    @Test
    void refusesTextAfterAClosingQuoteNamingItsLine() {
        assertThatThrownBy(() -> read("naam;e-mail;instelling;sector\n\"Anne\" de Vries;anne@school.nl;ROC;MBO\n"))
                .isInstanceOfSatisfying(InvitationFileRejected.class, e -> {
                    assertThat(e.errors().getFirst().message()).isEqualTo("has broken quoting on line 2");
                    assertThat(e.getMessage()).doesNotContain("org.apache", "Exception");
                });
    }

    @Test
    void refusesAHeaderWithNobodyUnderIt() {
        assertThatThrownBy(() -> read("\uFEFFnaam;e-mail;instelling;sector\r\n;;;\r\n\r\n"))
                .isInstanceOfSatisfying(InvitationFileRejected.class, e -> {
                    assertThat(e.reason()).isEqualTo(InvitationFileRejected.Reason.UNREADABLE);
                    assertThat(e.errors().getFirst().message()).isEqualTo("is empty under its header");
                });
    }

    @Test
    void takes500RowsAndRefuses501() {
        StringBuilder file = new StringBuilder("naam;e-mail;instelling;sector\n");
        for (int i = 1; i <= 500; i++) {
            file.append("Persoon ").append(i).append(";p").append(i).append("@school.nl;ROC;MBO\n");
        }
        assertThat(read(file.toString())).hasSize(500);

        file.append("Persoon 501;p501@school.nl;ROC;MBO\n");
        assertThatThrownBy(() -> read(file.toString())).isInstanceOfSatisfying(InvitationFileRejected.class, e -> {
            assertThat(e.reason()).isEqualTo(InvitationFileRejected.Reason.TOO_LARGE);
            assertThat(e.code()).isEqualTo("invitation-list-too-long");
            assertThat(e.getMessage()).contains("500");
        });
    }

    @Test
    void refusesMoreThanOneMebibyte() {
        byte[] large = new byte[(int) InvitationCsv.MAX_BYTES + 1];
        java.util.Arrays.fill(large, (byte) 'a');

        assertThatThrownBy(() -> InvitationCsv.read(large)).isInstanceOfSatisfying(InvitationFileRejected.class,
                e -> assertThat(e.code()).isEqualTo("invitation-file-too-large"));
    }
}
