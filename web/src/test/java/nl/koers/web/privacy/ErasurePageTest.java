package nl.koers.web.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.koers.web.PageTest;
import org.junit.jupiter.api.Test;

/** "Gegevens laten wissen": the explanation and its confirmation, the service's answers, and the progress per part. */
class ErasurePageTest extends PageTest {

    static final String ERASURE = "44444444-4444-4444-4444-444444444444";

    /** An erasure whose notification part is as far as its reflection part. */
    static String erasure(String status, String enrolment, String trajectory, String reflection) {
        return """
                {"id":"%s","status":"%s","requestedAt":"2026-12-02T10:00:00Z","requestedBy":"participant",
                 "completedAt":%s,"parts":[
                  {"part":"enrolment","status":"%s","erasedAt":%s},
                  {"part":"trajectory","status":"%s","erasedAt":%s},
                  {"part":"reflection","status":"%s","erasedAt":%s},
                  {"part":"notification","status":"%s","erasedAt":%s}]}""".formatted(ERASURE, status,
                "COMPLETED".equals(status) ? "\"2026-12-02T10:00:09Z\"" : "null",
                enrolment, at(enrolment), trajectory, at(trajectory), reflection, at(reflection), reflection, at(reflection));
    }

    private static String at(String status) {
        return "ERASED".equals(status) ? "\"2026-12-02T10:00:05Z\"" : "null";
    }

    @Test
    void explainsWhatGoesWhatStaysAndThatItCannotBeUndone() throws Exception {
        String page = mvc.perform(get("/my-data/erasure").with(as("participant101", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Wat er verdwijnt").contains("Wat blijft, zonder je naam").contains("Oud-deelnemer")
                .contains("Wissen kan niet ongedaan worden gemaakt").contains("begin je helemaal opnieuw")
                .contains("<input type=\"checkbox\"").contains("id=\"understood\"");
        assertThat(API.received()).isEmpty();
    }

    @Test
    void erasesNothingWithoutTheTick() throws Exception {
        String page = mvc.perform(post("/my-data/erasure").with(as("participant101", "participant")).with(csrf())
                        .header("Accept-Language", "nl"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("koers-error-summary").contains("href=\"#understood\"")
                .contains("Vink aan dat je begrijpt dat wissen niet ongedaan kan worden.").contains("aria-invalid=\"true\"");
        assertThat(API.received()).isEmpty();
    }

    @Test
    void asksForTheSignedInParticipantAndShowsTheProgress() throws Exception {
        API.json("POST", "/api/privacy/erasures", 202, erasure("PENDING", "ERASED", "PENDING", "PENDING"));

        mvc.perform(post("/my-data/erasure").with(as("participant101", "participant")).with(csrf()).param("understood", "true"))
                .andExpect(redirectedUrl("/my-data/erasures/" + ERASURE))
                .andExpect(flash().attribute("flash", "privacy.flash.erasure.requested"));

        assertThat(API.received()).singleElement().satisfies(r -> assertThat(r.body()).isEqualTo("{}"));
    }

    @Test
    void saysSoWhenTheSameRequestIsAlreadyUnderWay() throws Exception {
        API.json("POST", "/api/privacy/erasures", 200, erasure("PENDING", "PENDING", "PENDING", "PENDING"));

        mvc.perform(post("/my-data/erasure").with(as("participant101", "participant")).with(csrf()).param("understood", "true"))
                .andExpect(redirectedUrl("/my-data/erasures/" + ERASURE))
                .andExpect(flash().attribute("flash", "privacy.flash.erasure.underWay"));
    }

    @Test
    void saysPlainlyWhenEverythingWasErasedBefore() throws Exception {
        API.problem("POST", "/api/privacy/erasures", 409, "already-erased",
                "participant101 was erased by erasure " + ERASURE + " on 2026-11-30", null);

        String page = mvc.perform(post("/my-data/erasure").with(as("participant101", "participant")).with(csrf())
                        .param("understood", "true").header("Accept-Language", "nl"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Je gegevens zijn al gewist").contains("href=\"/my-data/erasures/" + ERASURE + "\"")
                .doesNotContain("Wis mijn gegevens</button>");
    }

    @Test
    void showsEachPartAndAsksAgainWhileOneIsBusy() throws Exception {
        API.json("GET", "/api/privacy/erasures/" + ERASURE, 200, erasure("PENDING", "ERASED", "PENDING", "PENDING"));

        String page = mvc.perform(get("/my-data/erasures/" + ERASURE).with(as("participant101", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Inschrijvingen").contains("Trajecten en groepen").contains("Reflecties").contains("E-mailberichten")
                .contains(">Gewist<").contains(">Nog bezig<")
                .contains("hx-get=\"/my-data/erasures/" + ERASURE + "\"").contains("hx-trigger=\"every 2s\"")
                .contains("<a class=\"utrecht-link\" href=\"/my-data/erasures/" + ERASURE + "\">Stand opnieuw laden</a>");
    }

    @Test
    void answersHtmxWithTheProgressAloneAndStopsAskingOnceAllIsErased() throws Exception {
        API.json("GET", "/api/privacy/erasures/" + ERASURE, 200, erasure("COMPLETED", "ERASED", "ERASED", "ERASED"));

        String fragment = mvc.perform(get("/my-data/erasures/" + ERASURE).with(as("participant101", "participant"))
                        .header("HX-Request", "true").header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fragment).startsWith("<div id=\"erasure-status\"").doesNotContain("<html").doesNotContain("hx-get")
                .doesNotContain("Nog bezig").contains("Alles is gewist op wo 2 dec 2026, 11:00.").contains("data-announce");
        assertThat(fragment.split(">Gewist<", -1)).hasSize(5);
    }

    @Test
    void keepsRefreshingWhenTheServiceDoesNotAnswerOneRefresh() throws Exception {
        API.problem("GET", "/api/privacy/erasures/" + ERASURE, 503, "service-unavailable", "away", null);

        mvc.perform(get("/my-data/erasures/" + ERASURE).with(as("participant101", "participant")).header("HX-Request", "true"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/my-data/erasures/" + ERASURE).with(as("participant101", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isServiceUnavailable());
    }
}
