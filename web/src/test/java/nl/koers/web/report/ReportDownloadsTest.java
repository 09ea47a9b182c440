package nl.koers.web.report;

import static nl.koers.web.report.ReportFixtures.COALITION;
import static nl.koers.web.report.ReportFixtures.TRAJECTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.koers.web.PageTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/**
 * A report's downloads: the CSV exactly as the API writes it, with the same period as the page and a safe file name;
 * the PDF rendered from the page's model, read back with PDFBox: its title page names the coalition and the period,
 * and its tables hold the figures the page shows, "&lt; 5" where a group is small.
 */
class ReportDownloadsTest extends PageTest {

    private static final String REPORT_API = "/api/reports/coalitions/" + COALITION;

    @Autowired
    private ClientRegistrationRepository registrations;

    private OidcLoginRequestPostProcessor coalitionMember() {
        return oidcLogin().clientRegistration(registrations.findByRegistrationId("koers"))
                .idToken(token -> token.subject("coalition").claims(claims -> claims.putAll(Map.of(
                        "name", "Coalitie", "roles", List.of("coalition"), "coalitions", List.of(COALITION)))))
                .authorities(new SimpleGrantedAuthority("ROLE_coalition"));
    }

    @Test
    void passesTheApisCsvThroughUnchangedAsADownloadWithTheSamePeriod() throws Exception {
        String csv = "\uFEFFOnderdeel;Kengetal;Groep;Waarde\r\nRapportage;Soort;;Coalitie\r\nDeelname;Op de wachtlijst;;< 5\r\n"
                + "Deelname;Per instelling (EQAVET 3);Coöperatie \"De Brug\";12\r\n";
        API.json("GET", REPORT_API, 200, csv);

        MockHttpServletResponse response = mvc.perform(get("/reports/coalitions/" + COALITION + ".csv?year=2026")
                        .with(coalitionMember()).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(API.received()).singleElement().satisfies(r ->
                assertThat(r.pathAndQuery()).isEqualTo(REPORT_API + "?from=2026-08-01&to=2027-07-31"));
        assertThat(response.getContentAsByteArray()).isEqualTo(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"koers-report-coalition-teams-aan-zet-2026-2027.csv\"");
    }

    @Test
    void sendsADownloadWithAPeriodTheFormRefusesToThePageThatSaysWhy() throws Exception {
        mvc.perform(get("/reports/coalitions/" + COALITION + ".pdf?from=2026-02-30").with(coalitionMember()))
                .andExpect(status().isSeeOther())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .redirectedUrl("/reports/coalitions/teams-aan-zet?from=2026-02-30"));
        assertThat(API.received()).isEmpty();
    }

    @Test
    void answersNotFoundForTheCsvOfAReportThatIsNotTheReaders() throws Exception {
        API.problem("GET", "/api/reports/coalitions/some-other", 404, "report-not-found", "no", null);

        String page = mvc.perform(get("/reports/coalitions/some-other.csv").with(coalitionMember()).header("Accept-Language", "nl"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Niet gevonden");
    }

    @Test
    void rendersThePdfWithATitlePageTheChartsTablesAndDefinitions() throws Exception {
        API.json("GET", REPORT_API, 200, ReportFixtures.coalitionReport("2026-08-01", "2027-07-31"));
        ReportFixtures.coalitionTrajectories(API);

        MockHttpServletResponse response = mvc.perform(get("/reports/coalitions/" + COALITION + ".pdf?year=2026")
                        .with(coalitionMember()).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"koers-report-coalition-teams-aan-zet-2026-2027.pdf\"");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String firstPage = text(pdf, 1, 1);
            assertThat(firstPage).contains("Coalitie teams-aan-zet")
                    .contains("Schooljaar 2026-2027: de groepen die starten van 1 augustus 2026 tot en met 31 juli 2027.");
            String all = text(pdf, 1, pdf.getNumberOfPages());
            assertThat(all).contains("Deelname naar status").contains("Op de wachtlijst < 5").contains("Afgerond 15")
                    .contains("Afrondingspercentage (EQAVET-indicator 4) 79%")
                    .contains("Onderwijskundig leiderschap in het mbo 83%")
                    .contains("< 5 betekent: minder dan 5 mensen.")
                    .contains("Wat de cijfers betekenen").contains("Relevantie voor mijn eigen ontwikkelvraag 4,5");
            assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Coalitie teams-aan-zet – Rapportage – Koers");
            assertThat(fonts(pdf)).anySatisfy(font -> assertThat(font).contains("DejaVuSans"));
        }
    }

    @Test
    void rendersAnOrganisersTrajectoryPdfInEnglish() throws Exception {
        API.json("GET", "/api/reports/trajectories/" + TRAJECTORY, 200, ReportFixtures.trajectoryReport());
        ReportFixtures.trajectory(API);

        byte[] body = mvc.perform(get("/reports/trajectories/" + TRAJECTORY + ".pdf").with(as("organiser", "organiser"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (PDDocument pdf = Loader.loadPDF(body)) {
            assertThat(text(pdf, 1, 1)).contains("Onderwijskundig leiderschap in het mbo")
                    .contains("All cohorts of this trajectory together.");
            assertThat(text(pdf, 1, pdf.getNumberOfPages())).contains("Waitlisted 0").contains("Groep najaar 2026 75%")
                    .contains("What the figures mean");
        }
    }

    private static String text(PDDocument pdf, int from, int to) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }

    private static List<String> fonts(PDDocument pdf) throws java.io.IOException {
        List<String> names = new java.util.ArrayList<>();
        for (var name : pdf.getPage(1).getResources().getFontNames()) {
            PDFont font = pdf.getPage(1).getResources().getFont(name);
            names.add(font.getName());
        }
        return names;
    }
}
