package nl.koers.web.organise;

import static nl.koers.web.organise.OrganiseFixtures.INSTRUMENT;
import static nl.koers.web.organise.OrganiseFixtures.TITLE;
import static nl.koers.web.organise.OrganiseFixtures.TRAJECTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import nl.koers.web.ApiStandIn.Received;
import nl.koers.web.PageTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Creating and revising a trajectory with its blueprint: rows without JavaScript, errors beside fields, If-Match. */
class TrajectoryFormPageTest extends PageTest {

    private static final String NEW = "/organise/trajectories/new";
    private static final String EDIT = "/organise/trajectories/" + TRAJECTORY + "/edit";

    /** The form as filled in: two sessions, an empty agenda row and an empty third session, which are left out. */
    private static java.util.Map<String, String> filled() {
        String[] pairs = {
            "title", TITLE,
            "description", "Vier bijeenkomsten.",
            "organiser", "NCP EQAVET",
            "coalitionIds", "teams-aan-zet, data",
            "sessionBlueprint[0].title", "Ontwikkelvragen verdiepen",
            "sessionBlueprint[0].theme", "Interviews",
            "sessionBlueprint[0].agenda[0].workForm", "INTERVIEW",
            "sessionBlueprint[0].agenda[0].title", "Elkaar interviewen",
            "sessionBlueprint[0].agenda[0].minutes", "60",
            "sessionBlueprint[0].agenda[0].instrumentId", "",
            "sessionBlueprint[0].agenda[1].workForm", "",
            "sessionBlueprint[0].agenda[1].title", "",
            "sessionBlueprint[0].agenda[1].minutes", "",
            "sessionBlueprint[0].agenda[1].instrumentId", "",
            "sessionBlueprint[1].title", "Rollen en kwaliteitscultuur",
            "sessionBlueprint[1].theme", "",
            "sessionBlueprint[1].agenda[0].workForm", "ROLE_FAN",
            "sessionBlueprint[1].agenda[0].title", "",
            "sessionBlueprint[1].agenda[0].minutes", "90",
            "sessionBlueprint[1].agenda[0].instrumentId", INSTRUMENT,
            "sessionBlueprint[2].title", "",
            "sessionBlueprint[2].theme", ""};
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    private MockHttpServletRequestBuilder filledIn(String path, String... overrides) {
        return OrganiseFixtures.form(post(path).with(as("organiser", "organiser")).with(csrf()).header("Accept-Language", "nl"),
                filled(), overrides);
    }

    @Test
    void offersAnEmptyFormWithOneSessionAndTwoAgendaRowsWithLabelledFields() throws Exception {
        OrganiseFixtures.instruments(API);

        String page = mvc.perform(get(NEW).with(as("organiser", "organiser")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1 class=\"utrecht-heading-1\">Nieuw traject</h1>")
                .contains("<label class=\"utrecht-form-label\" for=\"sessionBlueprint0.title\">Titel van de bijeenkomst</label>")
                .contains("for=\"sessionBlueprint0.agenda1.minutes\">Minuten</label>")
                .doesNotContain("sessionBlueprint0.agenda2").doesNotContain("sessionBlueprint1.title")
                .contains("<option value=\"" + INSTRUMENT + "\">Rollenwaaier</option>")
                .contains("<option value=\"ROLE_FAN\">Rollenwaaier</option>")
                .contains("name=\"action\" value=\"add-session\"").contains("value=\"add-item-0\"");
    }

    @Test
    void addsASessionWithoutJavaScriptKeepingWhatWasTypedAndWithoutJudgingItYet() throws Exception {
        OrganiseFixtures.instruments(API);

        String page = mvc.perform(filledIn(NEW, "title", "", "action", "add-session"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html").contains("id=\"sessionBlueprint3.title\"").contains("Bijeenkomst 4")
                .contains("value=\"Ontwikkelvragen verdiepen\"").doesNotContain("koers-error-summary");
        assertThat(API.received()).noneSatisfy(r -> assertThat(r.method()).isEqualTo("POST"));
    }

    @Test
    void answersHtmxWithTheBlueprintOnlyAndAnnouncesTheNewAgendaRow() throws Exception {
        OrganiseFixtures.instruments(API);

        String fragment = mvc.perform(filledIn(NEW, "action", "add-item-1").header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fragment).doesNotContain("<html").contains("<fieldset id=\"blueprint\"")
                .contains("id=\"sessionBlueprint1.agenda1.workForm\"")
                .contains("data-announce=\"Er is een onderdeel toegevoegd aan bijeenkomst 2.\"");
    }

    @Test
    void removesAnAgendaRow() throws Exception {
        OrganiseFixtures.instruments(API);

        String page = mvc.perform(filledIn(NEW, "action", "remove-item-0-0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain("Elkaar interviewen").contains("id=\"sessionBlueprint0.agenda0.workForm\"")
                .doesNotContain("id=\"sessionBlueprint0.agenda1.workForm\"");
    }

    @Test
    void createsTheTrajectoryWithItsBlueprintLeavingEmptyRowsOut() throws Exception {
        OrganiseFixtures.instruments(API);
        API.json("POST", "/api/trajectories", 201, OrganiseFixtures.trajectoryJson(1));

        mvc.perform(filledIn(NEW, "action", "save"))
                .andExpect(redirectedUrl("/organise/trajectories/" + TRAJECTORY));

        Received created = API.received().stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
        assertThat(created.body()).isEqualTo("{\"title\":\"" + TITLE + "\",\"description\":\"Vier bijeenkomsten.\","
                + "\"organiser\":\"NCP EQAVET\",\"coalitionIds\":[\"teams-aan-zet\",\"data\"],\"sessionBlueprint\":["
                + "{\"title\":\"Ontwikkelvragen verdiepen\",\"theme\":\"Interviews\",\"agenda\":[{\"workForm\":\"INTERVIEW\","
                + "\"title\":\"Elkaar interviewen\",\"minutes\":60,\"instrumentId\":null}]},"
                + "{\"title\":\"Rollen en kwaliteitscultuur\",\"theme\":\"\",\"agenda\":[{\"workForm\":\"ROLE_FAN\",\"title\":\"\","
                + "\"minutes\":90,\"instrumentId\":\"" + INSTRUMENT + "\"}]}],\"retentionMonths\":null}");
    }

    @Test
    void sendsTheRetentionPeriodTheOrganiserChose() throws Exception {
        OrganiseFixtures.instruments(API);
        API.json("POST", "/api/trajectories", 201, OrganiseFixtures.trajectoryJson(1));

        mvc.perform(filledIn(NEW, "action", "save", "retentionMonths", " 36 "))
                .andExpect(redirectedUrl("/organise/trajectories/" + TRAJECTORY));

        Received created = API.received().stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
        assertThat(created.body()).endsWith(",\"retentionMonths\":36}");
    }

    @Test
    void saysBesideTheRetentionFieldWhichMonthsItTakes() throws Exception {
        OrganiseFixtures.instruments(API);

        String page = mvc.perform(filledIn(NEW, "action", "save", "retentionMonths", "121"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"retentionMonths-error\"")
                .contains("Vul een heel aantal maanden in van 1 tot en met 120, of laat het veld leeg voor de standaard van 24 maanden.")
                .contains("href=\"#retentionMonths\"");
        assertThat(API.received()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void showsTheRetentionPeriodToReviseAndTheDefaultWhenEmpty() throws Exception {
        OrganiseFixtures.instruments(API);
        API.json("GET", "/api/trajectories/" + TRAJECTORY, 200,
                OrganiseFixtures.trajectoryJson(3).replace("\"version\":3", "\"version\":3,\"retentionMonths\":60,\"retentionIsDefault\":false"),
                Map.of("ETag", "\"3\""));

        String edit = mvc.perform(get(EDIT).with(as("organiser", "organiser")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String empty = mvc.perform(get(NEW).with(as("organiser", "organiser")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(edit).contains("Bewaartermijn (maanden, niet verplicht)").containsPattern("id=\"retentionMonths\"[^>]*value=\"60\"");
        assertThat(empty).containsPattern("id=\"retentionMonths\"[^>]*value=\"\"").contains("dan is het 24 maanden");
    }

    @Test
    void putsEachMistakeBesideItsFieldInTheReadersLanguage() throws Exception {
        OrganiseFixtures.instruments(API);

        String page = mvc.perform(filledIn(NEW, "action", "save", "title", " ", "coalitionIds", "Teams aan Zet!",
                        "sessionBlueprint[1].title", "", "sessionBlueprint[0].agenda[0].minutes", "600",
                        "sessionBlueprint[0].agenda[1].title", "Zonder werkvorm"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<title>Fout: Nieuw traject – Koers</title>").contains("koers-error-summary")
                .contains("id=\"title-error\"").contains("aria-describedby=\"title-error\"")
                .contains("Schrijf een coalitie met kleine letters")
                .contains("id=\"sessionBlueprint1.title-error\"")
                .contains("id=\"sessionBlueprint0.agenda0.minutes-error\"").contains("Vul een heel aantal minuten in, van 1 tot en met 480.")
                .contains("id=\"sessionBlueprint0.agenda1.workForm-error\"").contains("href=\"#sessionBlueprint0.agenda1.workForm\"");
        assertThat(API.received()).noneSatisfy(r -> assertThat(r.method()).isEqualTo("POST"));
    }

    @Test
    void putsTheApisFieldErrorBesideTheField() throws Exception {
        OrganiseFixtures.instruments(API);
        API.problem("POST", "/api/trajectories", 400, "invalid-request", "organiser: must not be blank",
                "[{\"field\":\"organiser\",\"message\":\"must not be blank\"}]");

        String page = mvc.perform(filledIn(NEW, "action", "save"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"organiser-error\"").contains("must not be blank");
    }

    @Test
    void opensTheEditFormFilledInWithTheVersionItWasReadAt() throws Exception {
        OrganiseFixtures.instruments(API);
        OrganiseFixtures.trajectory(API, 3);

        String page = mvc.perform(get(EDIT).with(as("organiser", "organiser")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Traject bewerken: " + TITLE).contains("name=\"version\" value=\"3\"")
                .contains("value=\"teams-aan-zet\"").contains("value=\"Rollen en kwaliteitscultuur\"")
                .contains("<option value=\"" + INSTRUMENT + "\" selected=\"selected\">Rollenwaaier</option>");
    }

    @Test
    void revisesWithIfMatch() throws Exception {
        OrganiseFixtures.instruments(API);
        OrganiseFixtures.trajectory(API, 3);
        API.json("PUT", "/api/trajectories/" + TRAJECTORY, 200, OrganiseFixtures.trajectoryJson(4), Map.of("ETag", "\"4\""));

        mvc.perform(filledIn(EDIT, "version", "3", "action", "save"))
                .andExpect(redirectedUrl("/organise/trajectories/" + TRAJECTORY));

        Received put = API.received().stream().filter(r -> r.method().equals("PUT")).findFirst().orElseThrow();
        assertThat(put.ifMatch()).isEqualTo("\"3\"");
        assertThat(put.body()).contains("\"coalitionIds\":[\"teams-aan-zet\",\"data\"]");
    }

    @Test
    void saysSomeoneElseChangedItAndKeepsTheFormWhenTheApiAnswers412() throws Exception {
        OrganiseFixtures.instruments(API);
        OrganiseFixtures.trajectory(API, 5);
        API.problem("PUT", "/api/trajectories/" + TRAJECTORY, 412, "trajectory-version-mismatch",
                "The trajectory is at version 5, not 3; fetch it again.", null);

        String page = mvc.perform(filledIn(EDIT, "version", "3", "action", "save", "title", "Mijn nieuwe titel"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Iemand anders heeft dit traject opgeslagen nadat jij het opende")
                .contains("Nu opgeslagen: " + TITLE + ", georganiseerd door NCP EQAVET, met 2 bijeenkomsten.")
                .contains("value=\"Mijn nieuwe titel\"").contains("name=\"version\" value=\"5\"")
                .contains("<title>Fout: ");
    }

    @Test
    void answersNotFoundWhenEditingATrajectoryThatDoesNotExist() throws Exception {
        API.json("GET", "/api/instruments", 200, OrganiseFixtures.EMPTY_PAGE);
        API.problem("GET", "/api/trajectories/" + OrganiseFixtures.MISSING, 404, "trajectory-not-found", "none", null);

        mvc.perform(get("/organise/trajectories/" + OrganiseFixtures.MISSING + "/edit").with(as("organiser", "organiser")))
                .andExpect(status().isNotFound());
    }
}
