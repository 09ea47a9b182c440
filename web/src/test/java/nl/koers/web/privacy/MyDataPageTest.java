package nl.koers.web.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import nl.koers.web.PageTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** "Mijn gegevens": the export read per part and section, a part that did not answer, and the file to download. */
class MyDataPageTest extends PageTest {

    /** An export as the gateway composes it: two parts in, the reflection part pending. */
    static final String EXPORT = """
            {"format":"koers-export/1","exportedAt":"2026-12-02T10:15:00Z","participantId":"participant101",
             "parts":{
              "enrolment":{"status":"included","data":{"part":"enrolment","participantId":"participant101","exportedAt":"2026-12-02T10:15:00Z",
                "profile":{"displayName":"An de Vries","email":"an@roc.nl","institution":"ROC Midden","sector":"MBO","function":"teamleider"},
                "enrolments":[{"cohortId":"11111111-1111-1111-1111-111111111111","status":"CONFIRMED","motivation":"Samen leren\\nen groeien",
                  "waitlistPosition":null,"enrolledAt":"2026-11-01T09:00:00Z"}],
                "erasures":[]}},
              "trajectory":{"status":"included","data":{"part":"trajectory",
                "developmentQuestions":[{"text":"Hoe krijg ik mijn team mee?","scope":"TEAM","visibility":"PRIVATE",
                  "revisions":[{"text":"Hoe krijg ik het team mee?","revisedAt":"2026-11-02T09:00:00Z"}]}],
                "attendance":[{"sessionId":"22222222-2222-2222-2222-222222222222","date":"2026-11-20","status":"PRESENT"}],
                "calendarSubscription":{"exists":true,"createdAt":"2026-11-03T08:00:00Z"},
                "somethingNew":{"withAField":"eigen waarde"}}},
              "reflection":{"status":"pending","detail":"The reflection part could not be read just now (status 503)"},
              "notification":{"status":"included","data":{"part":"notification","participantId":"participant101","exportedAt":"2026-12-02T10:15:00Z",
                "addresses":[{"source":"PROFILE","email":"an@roc.nl","name":"An de Vries","used":true}],
                "preferences":{"language":"nl","topics":{"SEAT":true,"SESSION_REMINDERS":false},"stored":true},
                "mails":[{"id":"70000000-0000-0000-0000-000000000001","kind":"ENROLMENT_CONFIRMED","subject":"Je hebt een plek",
                  "status":"SENT","language":"nl","createdAt":"2026-11-01T09:00:00Z","sentAt":"2026-11-01T09:00:01Z","failedAt":null,
                  "link":"https://koers.example/cohorts/11111111-1111-1111-1111-111111111111"}]}}}}""";

    @Test
    void showsEveryPartAndSectionReadablyAndSaysWhichPartIsNotAvailableYet() throws Exception {
        API.json("GET", "/api/privacy/export", 200, EXPORT);

        String page = mvc.perform(get("/my-data").with(as("participant101", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1 class=\"utrecht-heading-1\">Mijn gegevens</h1>")
                .contains("Profiel en inschrijvingen").contains("An de Vries").contains("an@roc.nl").contains("<dt>E-mailadres</dt>")
                .contains("Samen leren\nen groeien").contains("koers-privacy-text").contains("Bevestigd")
                .contains("Hoe krijg ik mijn team mee?").contains("<dt>Aanscherpingen</dt>").contains("Hoe krijg ik het team mee?")
                .contains("Teamvraag").contains("Alleen ik").contains("Aanwezig").contains("20 november 2026")
                .contains(">Agenda-abonnement</h3>").contains("<dt>Heb je er een</dt>").contains("<span>Ja</span>")
                // A field the web app has no text for yet is still there, under its own name spelt out.
                .contains("<h3").contains("Something new").contains("With a field").contains("eigen waarde")
                .contains("<span>Geen</span>").contains("Opgehaald op wo 2 dec 2026, 11:15.");
        assertThat(page.substring(page.indexOf("id=\"part-reflection\""), page.indexOf("id=\"part-notification\"")))
                .contains("Nog niet beschikbaar").contains("Je gegevens zijn er nog wel");
        assertThat(page.substring(page.indexOf("id=\"part-notification\""))).contains(">E-mailberichten</h2>")
                .contains("<dt>Komt uit</dt>").contains("<span>Je profiel</span>").contains("<dt>Hier mailt Koers je nu</dt>")
                .contains("<dt>Herinneringen aan bijeenkomsten</dt>").contains("<span>Nee</span>")
                .contains(">E-mails die Koers je stuurde</h3>").contains("<span>Inschrijving bevestigd</span>")
                .contains("<span>Verstuurd</span>").contains("<dt>Verstuurd op</dt>").contains("Je hebt een plek")
                .doesNotContain("Nog niet beschikbaar");
        assertThat(page).doesNotContain("participant101\"").doesNotContain(">part<");
        assertThat(page).contains("href=\"/my-data.json\"").contains("href=\"/my-data/erasure\"");
    }

    @Test
    void saysEveryPartIsNotAvailableYetWhenNoneAnswered() throws Exception {
        API.problem("GET", "/api/privacy/export", 503, "service-unavailable", "none of its parts answered", null);

        String page = mvc.perform(get("/my-data").with(as("participant101", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page.split("Nog niet beschikbaar", -1)).hasSize(5);
    }

    @Test
    void sendsTheExportAsADatedAttachmentAsTheGatewayWroteIt() throws Exception {
        API.json("GET", "/api/privacy/export", 200, EXPORT);

        MockHttpServletResponse file = mvc.perform(get("/my-data.json").with(as("participant101", "participant")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"koers-mijn-gegevens-"
                        + LocalDate.now(nl.koers.web.i18n.Formats.AMSTERDAM) + ".json\""))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse();

        assertThat(file.getContentType()).startsWith("application/json");
        assertThat(file.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(EXPORT);
        assertThat(API.received()).singleElement().satisfies(r -> assertThat(r.authorization()).startsWith("Bearer "));
    }

    @Test
    void givesAPageNotABrokenFileWhenTheExportIsRefused() throws Exception {
        API.problem("GET", "/api/privacy/export", 403, "forbidden", "Only participants export their data", null);

        String page = mvc.perform(get("/my-data.json").with(as("organiser", "organiser")).header("Accept-Language", "nl"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Dit kun je met jouw rol in Koers niet doen.");
    }

    @Test
    void linksMyDataAndErasureFromTheProfile() throws Exception {
        API.json("GET", "/api/participants/me", 200, """
                {"displayName":"An","email":"an@roc.nl","institution":"ROC","sector":"MBO","function":"teamleider"}""");

        String page = mvc.perform(get("/profile").with(as("participant101", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<a class=\"utrecht-link\" href=\"/my-data\">Mijn gegevens</a>")
                .contains("<a class=\"utrecht-link\" href=\"/my-data/erasure\">Gegevens laten wissen</a>")
                .doesNotContain(">Beheer<");
    }
}
