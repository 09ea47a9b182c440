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

/** Erasures for admins: the list, erasing on a participant's behalf with a confirmation, and each one's progress. */
class AdminErasuresPageTest extends PageTest {

    private static final String ERASURE = "55555555-5555-5555-5555-555555555555";
    private static final String PENDING = """
            {"id":"%s","status":"PENDING","requestedAt":"2026-12-02T10:00:00Z","requestedBy":"admin","completedAt":null,
             "parts":[{"part":"enrolment","status":"ERASED","erasedAt":"2026-12-02T10:00:01Z"}]}""".formatted(ERASURE);

    @Test
    void listsTheRequestsWithTheirStateAndKeepsTheChosenStatusWhenPaging() throws Exception {
        API.json("GET", "/api/privacy/erasures", 200, "{\"items\":[" + PENDING + "],\"page\":0,\"size\":25,\"totalItems\":26,\"totalPages\":2}");

        String page = mvc.perform(get("/admin/erasures").param("status", "PENDING").with(as("admin", "admin")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"/admin/erasures/" + ERASURE + "\"").contains("een beheerder").contains(">Nog bezig<")
                .contains("26 verzoeken").contains("href=\"/admin/erasures?status=PENDING&amp;page=1\"")
                .contains("<option value=\"PENDING\" selected=\"selected\">Nog bezig</option>");
        assertThat(API.received()).singleElement().satisfies(r -> assertThat(r.pathAndQuery())
                .isEqualTo("/api/privacy/erasures?page=0&size=25&status=PENDING"));
    }

    @Test
    void listsEveryRequestWhenNoStatusIsChosenOrAnUnknownOne() throws Exception {
        API.json("GET", "/api/privacy/erasures", 200, "{\"items\":[" + PENDING + "],\"page\":0,\"size\":25,\"totalItems\":1,\"totalPages\":1}");

        mvc.perform(get("/admin/erasures").with(as("admin", "admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/erasures").param("status", "GONE").with(as("admin", "admin"))).andExpect(status().isOk());

        assertThat(API.received()).extracting(r -> r.pathAndQuery())
                .containsExactly("/api/privacy/erasures?page=0&size=25", "/api/privacy/erasures?page=0&size=25");
    }

    @Test
    void erasesOnBehalfOnlyWithTheParticipantAndTheTick() throws Exception {
        String page = mvc.perform(post("/admin/erasures/new").with(as("admin", "admin")).with(csrf()).header("Accept-Language", "nl")
                        .param("participantId", " "))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"participantId-error\"").contains("id=\"confirmed-error\"")
                .contains("Vink aan dat je de deelnemer hebt gecontroleerd");
        assertThat(API.received()).isEmpty();
    }

    @Test
    void asksForTheParticipantAndGoesToTheProgress() throws Exception {
        API.json("POST", "/api/privacy/erasures", 202, PENDING);

        mvc.perform(post("/admin/erasures/new").with(as("admin", "admin")).with(csrf())
                        .param("participantId", " participant105 ").param("confirmed", "true"))
                .andExpect(redirectedUrl("/admin/erasures/" + ERASURE))
                .andExpect(flash().attribute("flash", "admin.flash.erasure.requested"));

        assertThat(API.received()).singleElement().satisfies(r -> assertThat(r.body()).isEqualTo("{\"participantId\":\"participant105\"}"));
    }

    @Test
    void saysBesideTheFieldWhenKoersNeverKnewTheParticipantOrErasedThemAlready() throws Exception {
        API.problem("POST", "/api/privacy/erasures", 404, "not-found", "No participant nobody", null);
        String unknown = mvc.perform(post("/admin/erasures/new").with(as("admin", "admin")).with(csrf()).header("Accept-Language", "nl")
                        .param("participantId", "nobody").param("confirmed", "true"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        API.problem("POST", "/api/privacy/erasures", 409, "already-erased", "Erased by erasure " + ERASURE, null);
        String erased = mvc.perform(post("/admin/erasures/new").with(as("admin", "admin")).with(csrf()).header("Accept-Language", "nl")
                        .param("participantId", "participant105").param("confirmed", "true"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(unknown).contains("id=\"participantId-error\"").contains("Koers kent geen deelnemer met deze gebruikersnaam.");
        assertThat(erased).contains("id=\"participantId-error\"").contains("zijn al gewist");
    }

    @Test
    void showsTheProgressWithEveryPartEvenBeforeTheServiceNamesThem() throws Exception {
        API.json("GET", "/api/privacy/erasures/" + ERASURE, 200, PENDING);

        String page = mvc.perform(get("/admin/erasures/" + ERASURE).with(as("admin", "admin")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-part=\"enrolment\"").contains("data-part=\"trajectory\"").contains("data-part=\"reflection\"")
                .contains("data-part=\"notification\"")
                .contains("hx-get=\"/admin/erasures/" + ERASURE + "\"").contains("href=\"/admin/audit?record=" + ERASURE + "\"");
        assertThat(page.split(">Nog bezig<", -1)).hasSize(4);
    }

    @Test
    void offersBeheerToAdminsOnly() throws Exception {
        String admin = mvc.perform(get("/admin").with(as("admin", "admin")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(admin).contains("<a href=\"/admin\" aria-current=\"page\">Beheer</a>")
                .contains("href=\"/admin/audit\"").contains("href=\"/admin/erasures\"");
    }
}
