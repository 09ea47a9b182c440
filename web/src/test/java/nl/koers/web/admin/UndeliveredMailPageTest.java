package nl.koers.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.koers.web.PageTest;
import org.junit.jupiter.api.Test;

/** "Onbestelde e-mails" in Beheer: why each mail was not delivered, in plain words, and sending one again. */
class UndeliveredMailPageTest extends PageTest {

    private static final String NO_ADDRESS = "80000000-0000-0000-0000-000000000001";
    private static final String REFUSED = "80000000-0000-0000-0000-000000000002";
    private static final String DEAD_LETTERS = """
            {"items":[
              {"id":"%s","kind":"SESSION_RESCHEDULED","recipientId":"facilitator2","address":null,"attempts":10,
               "lastError":"No e-mail address is known for the recipient yet","createdAt":"2026-12-01T08:00:00Z",
               "failedAt":"2026-12-02T08:00:00Z","status":"FAILED"},
              {"id":"%s","kind":"INVITATION","recipientId":null,"address":"an@roc-example.nl","attempts":10,
               "lastError":"MailSendException: Connection refused","createdAt":"2026-12-01T08:00:00Z",
               "failedAt":"2026-12-02T07:00:00Z","status":"FAILED"}],
             "page":0,"size":25,"totalItems":27,"totalPages":2}""".formatted(NO_ADDRESS, REFUSED);

    @Test
    void saysOfEachMailWhatItWasAboutWhomItWasForAndWhyItWasNotDelivered() throws Exception {
        API.json("GET", "/api/notifications/dead-letters", 200, DEAD_LETTERS);

        String page = mvc.perform(get("/admin/mail").with(as("admin", "admin")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1 class=\"utrecht-heading-1\">Onbestelde e-mails</h1>").contains("27 e-mails niet bezorgd")
                .contains(">Bijeenkomst verzet<").contains("geen e-mailadres bekend").contains("gebruikersnaam facilitator2")
                .contains("Koers kent geen e-mailadres van deze persoon.")
                .contains(">Uitnodiging<").contains("an@roc-example.nl")
                .contains("De mailserver nam de e-mail niet aan, of was te lang niet bereikbaar.")
                .contains("<summary>Melding van de mailserver, voor je ICT-afdeling</summary>")
                .contains("MailSendException: Connection refused")
                .contains("action=\"/admin/mail/" + REFUSED + "/resend\"").contains("hx-post=\"/admin/mail/" + REFUSED + "/resend\"")
                .contains("<span>Opnieuw versturen</span>").contains("class=\"koers-visually-hidden\">: Uitnodiging, an@roc-example.nl</span>")
                .contains("href=\"/admin/mail?page=1\"");
        // The service's own words only for the mail server's failure, where they help whoever looks after it.
        assertThat(page).doesNotContain("No e-mail address is known");
        assertThat(API.received()).singleElement().satisfies(r -> assertThat(r.pathAndQuery())
                .isEqualTo("/api/notifications/dead-letters?page=0&size=25"));
    }

    @Test
    void saysSoWhenEveryMailWasDelivered() throws Exception {
        API.json("GET", "/api/notifications/dead-letters", 200, "{\"items\":[],\"page\":0,\"size\":25,\"totalItems\":0,\"totalPages\":0}");

        String page = mvc.perform(get("/admin/mail").with(as("admin", "admin")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Alle e-mails zijn bezorgd.").doesNotContain("<table");
    }

    @Test
    void sendsAMailAgainAndSaysItIsOnItsWay() throws Exception {
        API.json("POST", "/api/notifications/dead-letters/" + REFUSED + "/resend", 202, """
                {"id":"%s","kind":"INVITATION","recipientId":null,"address":"an@roc-example.nl","attempts":0,
                 "lastError":null,"createdAt":"2026-12-01T08:00:00Z","failedAt":null,"status":"PENDING"}""".formatted(REFUSED));

        mvc.perform(post("/admin/mail/" + REFUSED + "/resend").param("page", "1").with(as("admin", "admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/mail?page=1"))
                .andExpect(flash().attribute("flash", "admin.mail.flash.resent"));

        assertThat(API.received()).singleElement().satisfies(r -> assertThat(r.method() + " " + r.pathAndQuery())
                .isEqualTo("POST /api/notifications/dead-letters/" + REFUSED + "/resend"));
    }

    @Test
    void answersHtmxWithWhatCameOfItInThePlaceOfTheButton() throws Exception {
        API.problem("POST", "/api/notifications/dead-letters/" + REFUSED + "/resend", 409, "mail-not-dead",
                "Mail is PENDING, not FAILED", null);

        String fragment = mvc.perform(post("/admin/mail/" + REFUSED + "/resend").header("HX-Request", "true")
                        .header("Accept-Language", "nl").with(as("admin", "admin")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fragment.strip()).startsWith("<p class=\"utrecht-paragraph\" data-focus")
                .contains("Deze e-mail staat al klaar om te versturen of is inmiddels bezorgd.")
                .contains("data-announce=\"Deze e-mail staat al klaar").doesNotContain("<html");
    }

    @Test
    void saysSoWhenTheMailIsGone() throws Exception {
        API.problem("POST", "/api/notifications/dead-letters/" + REFUSED + "/resend", 404, "mail-not-found", "No such mail", null);

        mvc.perform(post("/admin/mail/" + REFUSED + "/resend").with(as("admin", "admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/mail"))
                .andExpect(flash().attribute("flash", "admin.mail.flash.gone"));
    }

    @Test
    void isForAdminsOnly() throws Exception {
        API.problem("GET", "/api/notifications/dead-letters", 403, "forbidden", "Admins only", null);

        String page = mvc.perform(get("/admin/mail").with(as("organiser", "organiser")).header("Accept-Language", "nl"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Dit kun je met jouw rol in Koers niet doen.");
    }

    @Test
    void isOfferedInBeheer() throws Exception {
        String page = mvc.perform(get("/admin").with(as("admin", "admin")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<a class=\"utrecht-link\" href=\"/admin/mail\">Onbestelde e-mails</a>");
    }
}
