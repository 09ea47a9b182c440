package nl.koers.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.koers.web.PageTest;
import org.junit.jupiter.api.Test;

/** The audit trail for admins: filters passed on, dates checked beside their fields, readable actions, paging. */
class AuditPageTest extends PageTest {

    private static final String ENTRIES = """
            {"items":[
              {"id":"e1","at":"2026-12-02T10:00:09Z","service":"enrolment","actorId":"system","actorRole":"system",
               "action":"participant.erased","recordType":"erasure","recordId":"former-1","cohortId":null,
               "details":{"erasureId":"44444444-4444-4444-4444-444444444444"}},
              {"id":"e2","at":"2026-12-02T09:00:00Z","service":"trajectory","actorId":"organiser","actorRole":"organiser",
               "action":"cohort.regrouped","recordType":"cohort","recordId":"11111111-1111-1111-1111-111111111111",
               "cohortId":"11111111-1111-1111-1111-111111111111","details":{}}],
             "page":0,"size":25,"totalItems":30,"totalPages":2}""";

    @Test
    void showsTheTrailNewestFirstWithReadableActionsAndTheCodeOfUnknownOnes() throws Exception {
        API.json("GET", "/api/audit", 200, ENTRIES);

        String page = mvc.perform(get("/admin/audit").with(as("admin", "admin")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Gegevens van een deelnemer gewist").contains("Koers zelf").contains("wisverzoek: ")
                .contains(">cohort.regrouped<").contains("href=\"/organise/cohorts/11111111-1111-1111-1111-111111111111\"")
                .contains("30 regels gevonden").contains("Pagina 1 van 2").contains("href=\"/admin/audit?page=1\"")
                .contains(">Beheer<");
        assertThat(page.indexOf("participant.erased")).isLessThan(page.indexOf("cohort.regrouped"));
        assertThat(API.received()).singleElement().satisfies(r -> assertThat(r.pathAndQuery()).isEqualTo("/api/audit?page=0&size=25"));
    }

    @Test
    void passesEveryFilterOnEncodedAndKeepsThemWhenPaging() throws Exception {
        API.json("GET", "/api/audit", 200, ENTRIES);

        String page = mvc.perform(get("/admin/audit").with(as("admin", "admin")).header("Accept-Language", "nl")
                        .param("actor", "participant101").param("action", "participant.exported").param("recordType", "participant")
                        .param("record", "a&b c").param("service", "reflection").param("from", "2026-12-01").param("to", "2026-12-02"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(API.received()).singleElement().satisfies(r -> assertThat(r.pathAndQuery()).isEqualTo(
                "/api/audit?actor=participant101&action=participant.exported&recordType=participant&record=a%26b%20c"
                        + "&service=reflection&from=2026-12-01&to=2026-12-02&page=0&size=25"));
        assertThat(page).contains("<option value=\"participant.exported\" selected=\"selected\">Deelnemer vroeg zijn gegevens op</option>")
                .contains("from=2026-12-01").contains("page=1");
    }

    @Test
    void saysBesideTheFieldWhenADateIsNoneOrThePeriodRunsBackwards() throws Exception {
        String bad = mvc.perform(get("/admin/audit").with(as("admin", "admin")).header("Accept-Language", "nl")
                        .param("from", "2026-13-01"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        String backwards = mvc.perform(get("/admin/audit").with(as("admin", "admin")).header("Accept-Language", "nl")
                        .param("from", "2026-12-05").param("to", "2026-12-01"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(bad).contains("id=\"from-error\"").contains("Vul een bestaande datum in, zoals 2026-12-02.");
        assertThat(backwards).contains("id=\"from-error\"").contains("De begindatum ligt na de einddatum.")
                .contains("href=\"#from\"");
        assertThat(API.received()).isEmpty();
    }

    @Test
    void putsTheApisRefusalBesideTheFieldItNames() throws Exception {
        API.problem("GET", "/api/audit", 400, "invalid-request", "to: must be a date",
                "[{\"field\":\"to\",\"message\":\"must be an ISO date\"}]");

        String page = mvc.perform(get("/admin/audit").with(as("admin", "admin")).header("Accept-Language", "nl")
                        .param("to", "2026-12-02"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"to-error\"").contains("must be an ISO date");
    }

    @Test
    void isNotForOthersThanAdmins() throws Exception {
        API.problem("GET", "/api/audit", 403, "forbidden", "Only admins read the audit trail", null);

        String page = mvc.perform(get("/admin/audit").with(as("organiser", "organiser")).header("Accept-Language", "nl"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Dit kun je met jouw rol in Koers niet doen.").doesNotContain(">Beheer<");
    }

    @Test
    void hasATextForEveryActionItOffers() {
        var dutch = new java.util.Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("messages-privacy_nl.properties")) {
            dutch.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(AuditActions.KNOWN).allSatisfy(action -> assertThat(dutch).containsKey("audit.action." + action));
        assertThat(AuditActions.SERVICES).allSatisfy(service -> assertThat(dutch).containsKey("audit.service." + service));
    }
}
