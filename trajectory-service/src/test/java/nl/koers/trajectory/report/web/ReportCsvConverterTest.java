package nl.koers.trajectory.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import nl.koers.trajectory.report.OutcomeReport;
import nl.koers.trajectory.report.Suppression;
import nl.koers.trajectory.report.Tally;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.http.MockHttpOutputMessage;

/**
 * The report's CSV as the converter writes it for Excel: the byte order mark, semicolons, the words of the
 * {@code reports/labels} messages in the request's language and decimals as that language writes them.
 */
class ReportCsvConverterTest {

    private final Tally tally = new Tally(Map.of("cohorts", 1L, "participation.enrolled", 27L,
            "participation.withdrawn", 2L, "completion.enrolled", 27L, "completion.completed", 25L,
            "institution.ROC \"Zuid\"; Eindhoven", 20L, "institution.=cmd", 7L));
    private final ReportCsvConverter converter = new ReportWebConfiguration().reportCsvConverter();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void startsWithAByteOrderMarkAndSeparatesWithSemicolons() throws Exception {
        byte[] csv = write(report(Suppression.none()), Locale.ENGLISH).getBodyAsBytes();

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFSection;Figure;Group;Value\r\n");
    }

    @Test
    void writesDutchLabelsAndDecimalCommasForDutchReaders() throws Exception {
        String csv = text(report(Suppression.none()), Locale.forLanguageTag("nl-NL"));

        assertThat(csv).contains("Onderdeel;Kengetal;Groep;Waarde")
                .contains("Rapportage;Soort;;Deelnemersgroep")
                .contains("Deelname;Afrondingspercentage (EQAVET 4);;0,9259")
                .contains("Deelname;Ingeschreven (met plaats);;27");
    }

    @Test
    void writesEnglishLabelsAndPointDecimalsForEveryOtherLanguage() throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMANY, Locale.forLanguageTag("fr-BE")}) {
            assertThat(text(report(Suppression.none()), locale)).as(locale.toString())
                    .contains("Report;Scope;;Cohort")
                    .contains("Participation;Completion rate (EQAVET 4);;0.9259")
                    .contains("Sessions;Attendance rate;;", "Development questions;Team question share;;");
        }
    }

    @Test
    void namesTheReportsOwnGroupsInTheReadersLanguage() throws Exception {
        Tally small = new Tally(Map.of("cohorts", 1L, "participation.enrolled", 3L, "institution.ROC Midden", 3L));
        OutcomeReport report = OutcomeReport.of(OutcomeReport.Scope.COHORT, "c-1", null, null, small, Map.of(),
                Suppression.forAggregatesOnly());

        assertThat(text(report, Locale.forLanguageTag("nl"))).contains("Per instelling (EQAVET 3);overig;< 5");
        assertThat(text(report, Locale.ENGLISH)).contains("By institution (EQAVET 3);other;< 5");
    }

    @Test
    void hasAWordInBothLanguagesForEverySectionAndFigure() {
        Tally everything = new Tally(Map.of("cohorts", 1L, "session.1.held", 1L, "session.1.marked", 4L,
                "session.1.present", 3L, "evaluation.item.relevance.sum", 20L, "evaluation.item.relevance.count", 5L,
                "sector.MBO", 6L));
        Tally completed = new Tally(Map.of("cohorts", 1L, "cohorts.completed", 1L, "completion.enrolled", 6L,
                "completion.completed", 5L));
        List<OutcomeReport.Line> lines = new java.util.ArrayList<>(OutcomeReport.of(OutcomeReport.Scope.COALITION, "c",
                null, null, everything, Map.of("t-1", completed), Suppression.none()).lines());
        lines.addAll(OutcomeReport.of(OutcomeReport.Scope.TRAJECTORY, "t-1", null, null, completed,
                Map.of("c-1", completed), Suppression.none()).lines());
        ResourceBundle english = ResourceBundle.getBundle("reports/labels", Locale.ROOT);
        ResourceBundle dutch = ResourceBundle.getBundle("reports/labels", Locale.forLanguageTag("nl"));

        assertThat(dutch.keySet()).isEqualTo(english.keySet());
        assertThat(lines).extracting(OutcomeReport.Line::figure)
                .contains("completionRatePerTrajectory", "completionRatePerCohort");
        assertThat(lines).allSatisfy(line -> assertThat(english.keySet())
                .contains("label." + line.section(), "label." + line.figure()));
        for (OutcomeReport.Scope scope : OutcomeReport.Scope.values()) {
            assertThat(english.keySet()).contains("label." + scope.name());
        }
    }

    @Test
    void showsSuppressedFiguresAsLessThanFiveNeverAsZero() throws Exception {
        String csv = text(report(Suppression.forAggregatesOnly()), Locale.ENGLISH);

        assertThat(csv).contains("Participation;Withdrawn;;< 5").doesNotContain("Withdrawn;;0");
    }

    @Test
    void quotesSeparatorsAndDefusesFormulas() throws Exception {
        String csv = text(report(Suppression.none()), Locale.ENGLISH);

        assertThat(csv).contains(";\"ROC \"\"Zuid\"\"; Eindhoven\";20").contains(";'=cmd;7");
    }

    @Test
    void answersADownloadNamedAfterTheReportThatVariesByLanguage() throws Exception {
        MockHttpOutputMessage output = write(report(Suppression.none()), Locale.ENGLISH);

        assertThat(output.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/csv;charset=UTF-8"));
        assertThat(output.getHeaders().getContentDisposition().getFilename()).isEqualTo("koers-cohort-c-1.csv");
        assertThat(output.getHeaders().getVary()).contains(HttpHeaders.ACCEPT_LANGUAGE);
    }

    @Test
    void writesOnlyReportsAndOnlyAsCsv() {
        assertThat(converter.canWrite(ReportView.class, MediaType.parseMediaType("text/csv"))).isTrue();
        assertThat(converter.canWrite(ReportView.class, MediaType.APPLICATION_JSON)).isFalse();
        assertThat(converter.canWrite(Map.class, MediaType.parseMediaType("text/csv"))).isFalse();
        assertThat(converter.canRead(ReportView.class, MediaType.parseMediaType("text/csv"))).isFalse();
    }

    private OutcomeReport report(Suppression suppression) {
        return OutcomeReport.of(OutcomeReport.Scope.COHORT, "c-1", null, null, tally, Map.of(), suppression);
    }

    private String text(OutcomeReport report, Locale locale) throws Exception {
        return write(report, locale).getBodyAsString(StandardCharsets.UTF_8);
    }

    private MockHttpOutputMessage write(OutcomeReport report, Locale locale) throws Exception {
        LocaleContextHolder.setLocale(locale);
        MockHttpOutputMessage output = new MockHttpOutputMessage();
        converter.write(ReportView.of(report), MediaType.parseMediaType("text/csv"), output);
        return output;
    }
}
