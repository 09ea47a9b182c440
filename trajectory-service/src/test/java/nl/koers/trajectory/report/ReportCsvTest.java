package nl.koers.trajectory.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportCsvTest {

    private final Tally tally = new Tally(Map.of("cohorts", 1L, "participation.enrolled", 27L,
            "participation.withdrawn", 2L, "completion.enrolled", 27L, "completion.completed", 25L,
            "institution.ROC \"Zuid\"; Eindhoven", 20L, "institution.=cmd", 7L));

    @Test
    void startsWithAByteOrderMarkAndSeparatesWithSemicolons() {
        byte[] csv = ReportCsv.write(report(Suppression.none()), Locale.ENGLISH);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(text(csv)).startsWith("\uFEFFSection;Figure;Group;Value\r\n");
    }

    @Test
    void writesDutchLabelsAndDecimalCommasForDutchReaders() {
        String csv = text(ReportCsv.write(report(Suppression.none()), Locale.forLanguageTag("nl-NL")));

        assertThat(csv).contains("Onderdeel;Kengetal;Groep;Waarde")
                .contains("Deelname;Afrondingspercentage (EQAVET 4);;0,9259")
                .contains("Deelname;Ingeschreven (met plaats);;27");
    }

    @Test
    void writesPointDecimalsInEnglish() {
        assertThat(text(ReportCsv.write(report(Suppression.none()), Locale.ENGLISH)))
                .contains("Participation;Completion rate (EQAVET 4);;0.9259");
    }

    @Test
    void showsSuppressedFiguresAsLessThanFiveNeverAsZero() {
        String csv = text(ReportCsv.write(report(Suppression.forAggregatesOnly()), Locale.ENGLISH));

        assertThat(csv).contains("Participation;Withdrawn;;< 5").doesNotContain("Withdrawn;;0");
    }

    @Test
    void quotesSeparatorsAndDefusesFormulas() {
        String csv = text(ReportCsv.write(report(Suppression.none()), Locale.ENGLISH));

        assertThat(csv).contains(";\"ROC \"\"Zuid\"\"; Eindhoven\";20").contains(";'=cmd;7");
    }

    private OutcomeReport report(Suppression suppression) {
        return OutcomeReport.of(OutcomeReport.Scope.COHORT, "c-1", null, null, tally, suppression);
    }

    private static String text(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8);
    }
}
