package nl.koers.web.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import nl.koers.web.ApiStandIn.Received;
import nl.koers.web.PageTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "E-mailberichten": the preferences form (the seat mails always on), saving with If-Match, and the mails sent. */
class NotificationsPageTest extends PageTest {

    static final String PREFERENCES = "/api/notifications/preferences";

    static String preferences(String language, boolean reminders, long version) {
        return """
                {"language":"%s","topics":{"SEAT":true,"SESSION_CHANGES":true,"SESSION_REMINDERS":%s,"FEEDBACK":true,
                 "COHORT_COMPLETED":false},"locked":["SEAT"],"version":%d}""".formatted(language, reminders, version);
    }

    static final String MAILS = """
            {"items":[
              {"id":"70000000-0000-0000-0000-000000000002","kind":"SESSION_RESCHEDULED","subject":"Bijeenkomst 2 is verzet",
               "status":"PENDING","createdAt":"2026-12-02T09:00:00Z","sentAt":null,
               "link":"https://koers.example/cohorts/40000000-0000-0000-0000-000000000001"},
              {"id":"70000000-0000-0000-0000-000000000001","kind":"ENROLMENT_CONFIRMED","subject":"Je hebt een plek",
               "status":"SENT","createdAt":"2026-11-20T08:00:00Z","sentAt":"2026-11-20T08:00:01Z",
               "link":"http://127.0.0.1:8080/cohorts/40000000-0000-0000-0000-000000000001"},
              {"id":"70000000-0000-0000-0000-000000000003","kind":"SOMETHING_NEW","subject":"Iets nieuws",
               "status":"FAILED","createdAt":"2026-11-19T08:00:00Z","sentAt":null,"link":null}],
             "page":0,"size":20,"totalItems":23,"totalPages":2}""";

    private void standIn(long version) {
        API.json("GET", PREFERENCES, 200, preferences("nl", false, version), Map.of("ETag", "\"" + version + "\""));
        API.json("GET", "/api/notifications/mine", 200, MAILS);
    }

    @Test
    void showsThePreferencesWithTheSeatMailsAlwaysOnAndTheMailsSentToMe() throws Exception {
        standIn(3);

        String page = mvc.perform(get("/notifications").with(as("participant111", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1 class=\"utrecht-heading-1\">E-mailberichten</h1>")
                .contains("<title>E-mailberichten – Koers</title>")
                .contains("<legend class=\"utrecht-form-fieldset__legend\">Taal van de e-mails</legend>")
                .contains("id=\"language-nl\" value=\"nl\" checked=\"checked\"")
                .contains("lang=\"en\">English</label>")
                .contains("(altijd aan)").contains("het is belangrijk dat je weet of je mee kunt doen")
                .contains("id=\"topic-SESSION_CHANGES\" value=\"SESSION_CHANGES\" checked=\"checked\"")
                .contains("name=\"version\" value=\"3\"");
        assertThat(between(page, "id=\"topic-SEAT\"", ">")).contains("checked=\"checked\"").contains("disabled=\"disabled\"");
        assertThat(between(page, "id=\"topic-SESSION_REMINDERS\"", ">")).doesNotContain("checked").doesNotContain("disabled");
        assertThat(between(page, "id=\"topic-COHORT_COMPLETED\"", ">")).doesNotContain("checked");
        // The mails, each with what it was about in words and the page it links to on this site.
        assertThat(page).contains("<a class=\"utrecht-link\" href=\"/cohorts/40000000-0000-0000-0000-000000000001\">Bijeenkomst 2 is verzet</a>")
                .contains(">Bijeenkomst verzet<").contains(">Wordt verstuurd<")
                .contains(">Inschrijving bevestigd<").contains(">Verstuurd<")
                .contains(">SOMETHING_NEW<").contains(">Niet bezorgd<").contains("<span>Iets nieuws</span>")
                .contains("href=\"/notifications?page=1\"").contains("Pagina 1 van 2");
        assertThat(API.received()).extracting(Received::pathAndQuery)
                .contains("/api/notifications/mine?page=0&size=20", PREFERENCES);
    }

    @Test
    void savesTheTicksWithEveryTopicAndTheVersionTheFormWasReadAt() throws Exception {
        standIn(4);
        API.json("PUT", PREFERENCES, 200, preferences("en", true, 5), Map.of("ETag", "\"5\""));

        mvc.perform(post("/notifications").with(as("facilitator", "facilitator")).with(csrf())
                        .param("language", "en").param("topics", "SESSION_CHANGES", "SESSION_REMINDERS").param("version", "3"))
                .andExpect(redirectedUrl("/notifications"))
                .andExpect(flash().attribute("flash", "notifications.flash.saved"));

        Received put = API.received().stream().filter(r -> r.method().equals("PUT")).findFirst().orElseThrow();
        assertThat(put.ifMatch()).isEqualTo("\"3\"");
        assertThat(put.authorization()).startsWith("Bearer ");
        assertThat(put.body()).isEqualTo("{\"language\":\"en\",\"topics\":{\"SEAT\":true,\"SESSION_CHANGES\":true,"
                + "\"SESSION_REMINDERS\":true,\"FEEDBACK\":false,\"COHORT_COMPLETED\":false}}");
    }

    @Test
    void keepsTheSeatMailsOnWhateverTheFormSends() throws Exception {
        standIn(4);
        API.json("PUT", PREFERENCES, 200, preferences("nl", false, 5));

        mvc.perform(post("/notifications").with(as("participant111", "participant")).with(csrf())
                        .param("language", "nl").param("version", "4"))
                .andExpect(redirectedUrl("/notifications"));

        Received put = API.received().stream().filter(r -> r.method().equals("PUT")).findFirst().orElseThrow();
        assertThat(put.body()).contains("\"SEAT\":true").contains("\"SESSION_CHANGES\":false").contains("\"FEEDBACK\":false");
    }

    @Test
    void showsWhatHoldsNowWhenThePreferencesChangedElsewhereMeanwhile() throws Exception {
        standIn(7);
        API.problem("PUT", PREFERENCES, 412, "preferences-version-mismatch", "Your preferences changed since version 3", null);

        String page = mvc.perform(post("/notifications").with(as("participant111", "participant")).with(csrf())
                        .header("Accept-Language", "nl").param("language", "en").param("topics", "SESSION_REMINDERS")
                        .param("version", "3"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Je voorkeuren zijn intussen ergens anders gewijzigd")
                .contains("name=\"version\" value=\"7\"")
                .contains("id=\"language-nl\" value=\"nl\" checked=\"checked\"");
        assertThat(between(page, "id=\"topic-SESSION_REMINDERS\"", ">")).doesNotContain("checked");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "de"})
    void saysBesideTheLanguageWhenNoneOfTheTwoIsChosen(String language) throws Exception {
        standIn(1);

        String page = mvc.perform(post("/notifications").with(as("participant111", "participant")).with(csrf())
                        .header("Accept-Language", "nl").param("language", language).param("version", "1"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"language-error\"").contains("Kies de taal van je e-mails")
                .contains("aria-describedby=\"language-error language-help\"").contains("<title>Fout: E-mailberichten – Koers</title>");
        assertThat(API.received()).noneSatisfy(r -> assertThat(r.method()).isEqualTo("PUT"));
    }

    @Test
    void putsTheServicesRefusalBesideTheTopics() throws Exception {
        standIn(1);
        API.problem("PUT", PREFERENCES, 400, "invalid-request", "topics.SEAT cannot be turned off",
                "[{\"field\":\"topics.SEAT\",\"message\":\"cannot be turned off\"}]");

        String page = mvc.perform(post("/notifications").with(as("participant111", "participant")).with(csrf())
                        .header("Accept-Language", "nl").param("language", "nl").param("version", "1"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"topics-error\"").contains("Koers kon deze keuze niet opslaan")
                .doesNotContain("cannot be turned off");
    }

    @Test
    void saysInPlaceWhenNotificationServiceIsAway() throws Exception {
        API.problem("GET", PREFERENCES, 503, "temporarily-unavailable", "away", null);
        API.problem("GET", "/api/notifications/mine", 503, "temporarily-unavailable", "away", null);

        String page = mvc.perform(get("/notifications").with(as("organiser", "organiser")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page.split("Dit deel is even niet beschikbaar", -1)).hasSize(3);
        assertThat(page).doesNotContain("<form class=\"koers-form\"");
    }

    @Test
    void saysSoWhenNoMailWasSentYet() throws Exception {
        API.json("GET", PREFERENCES, 200, preferences("nl", true, 0), Map.of("ETag", "\"0\""));
        API.json("GET", "/api/notifications/mine", 200, "{\"items\":[],\"page\":0,\"size\":20,\"totalItems\":0,\"totalPages\":0}");

        String page = mvc.perform(get("/notifications").with(as("coalition1", "coalition")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Koers heeft je nog geen e-mails gestuurd.").doesNotContain("<table");
    }

    @Test
    void readsInEnglish() throws Exception {
        standIn(3);

        String page = mvc.perform(get("/notifications").param("lang", "en").with(as("participant111", "participant")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"en\">").contains("<h1 class=\"utrecht-heading-1\">Email</h1>")
                .contains("Your place in a cohort").contains("(always on)").contains(">Session moved<")
                .contains("lang=\"nl\">Nederlands</label>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"participant", "facilitator", "organiser", "coalition", "admin"})
    void offersEmailInTheNavigationToEveryRole(String role) throws Exception {
        standIn(0);

        String page = mvc.perform(get("/notifications").with(as("someone", role)).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<a href=\"/notifications\" aria-current=\"page\">E-mail</a>");
    }

    private static String between(String page, String start, String end) {
        int at = page.indexOf(start);
        assertThat(at).as(start).isNotNegative();
        return page.substring(at, page.indexOf(end, at));
    }
}
