package nl.koers.web.organise;

import static nl.koers.web.organise.OrganiseFixtures.COHORT;
import static nl.koers.web.organise.OrganiseFixtures.MISSING;
import static nl.koers.web.organise.OrganiseFixtures.TITLE;
import static nl.koers.web.organise.OrganiseFixtures.TRAJECTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.koers.web.PageTest;
import org.junit.jupiter.api.Test;

/** The trajectories list with its search and pages, and one trajectory's overview. */
class TrajectoryPagesTest extends PageTest {

    private static String listOf(int page, int totalPages, long total) {
        return OrganiseFixtures.page(page, totalPages, total, OrganiseFixtures.trajectoryJson(3));
    }

    @Test
    void listsTheTrajectoriesNewestFirstWithTheirSessionsAndCoalitions() throws Exception {
        API.json("GET", "/api/trajectories", 200, listOf(0, 1, 1));

        String page = mvc.perform(get("/organise").with(as("organiser", "organiser")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(API.received()).anySatisfy(r -> assertThat(r.pathAndQuery()).isEqualTo("/api/trajectories?page=0&size=20"));
        assertThat(page).contains("<title>Trajecten – Koers</title>").contains(TITLE).contains("2 bijeenkomsten")
                .contains("Coalities: teams-aan-zet").contains("href=\"/organise/trajectories/" + TRAJECTORY + "\"")
                .contains("href=\"/organise/trajectories/new\"").doesNotContain("koers-pagination");
    }

    @Test
    void searchesByTitleAndKeepsTheSearchWhenPaging() throws Exception {
        API.json("GET", "/api/trajectories", 200, listOf(1, 3, 41));

        String page = mvc.perform(get("/organise?q=leiderschap mbo&page=1").with(as("organiser", "organiser"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(API.received()).anySatisfy(r -> assertThat(r.pathAndQuery())
                .isEqualTo("/api/trajectories?title=leiderschap%20mbo&page=1&size=20"));
        assertThat(page).contains("41 trajecten met “leiderschap mbo” in de titel").contains("value=\"leiderschap mbo\"")
                .contains("Pagina 2 van 3").contains("href=\"/organise?q=leiderschap%20mbo\"")
                .contains("href=\"/organise?q=leiderschap%20mbo&amp;page=2\"");
    }

    @Test
    void showsTheOverviewWithBlueprintCohortsEvaluationAndTheReport() throws Exception {
        OrganiseFixtures.trajectory(API, 3);
        OrganiseFixtures.instruments(API);
        API.json("GET", "/api/trajectories/" + TRAJECTORY + "/cohorts", 200,
                OrganiseFixtures.page(0, 1, 1, OrganiseFixtures.cohortJson("OPEN", 2)));
        API.json("GET", "/api/evaluations/items/" + TRAJECTORY, 200, """
                {"trajectoryId":"%s","items":[{"key":"relevance","label":"Relevantie voor mijn ontwikkelvraag"}],"version":0}"""
                .formatted(TRAJECTORY));

        String page = mvc.perform(get("/organise/trajectories/" + TRAJECTORY).with(as("organiser", "organiser"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1 class=\"utrecht-heading-1\">" + TITLE + "</h1>").contains("Georganiseerd door NCP EQAVET")
                .contains("Bijeenkomst 1: Ontwikkelvragen verdiepen").contains("Programma van bijeenkomst 1 (120 minuten)")
                .contains("Interview").contains("Stakeholdermap").contains("Rollenwaaier")
                .contains("href=\"/organise/cohorts/" + COHORT + "\"").contains("Inschrijving open")
                .contains("Relevantie voor mijn ontwikkelvraag").contains("Dit zijn de standaardvragen van Koers")
                .contains("href=\"/reports/trajectories/" + TRAJECTORY + "\"")
                .contains("href=\"/organise/trajectories/" + TRAJECTORY + "/cohorts/new\"");
        assertThat(page).contains("<th scope=\"col\" class=\"utrecht-table__header-cell\">Werkvorm</th>");
    }

    @Test
    void saysHowLongThePersonalDataIsKeptAndWhetherThatIsTheDefault() throws Exception {
        OrganiseFixtures.instruments(API);
        API.json("GET", "/api/trajectories/" + TRAJECTORY + "/cohorts", 200, OrganiseFixtures.page(0, 0, 0));
        API.json("GET", "/api/evaluations/items/" + TRAJECTORY, 200,
                "{\"trajectoryId\":\"" + TRAJECTORY + "\",\"items\":[],\"version\":0}");
        API.json("GET", "/api/trajectories/" + TRAJECTORY, 200, OrganiseFixtures.trajectoryJson(3)
                .replace("\"version\":3", "\"version\":3,\"retentionMonths\":24,\"retentionIsDefault\":true"));
        String byDefault = mvc.perform(get("/organise/trajectories/" + TRAJECTORY).with(as("organiser", "organiser"))
                .header("Accept-Language", "nl")).andReturn().getResponse().getContentAsString();
        API.json("GET", "/api/trajectories/" + TRAJECTORY, 200, OrganiseFixtures.trajectoryJson(3)
                .replace("\"version\":3", "\"version\":3,\"retentionMonths\":36,\"retentionIsDefault\":false"));
        String own = mvc.perform(get("/organise/trajectories/" + TRAJECTORY).with(as("organiser", "organiser"))
                .header("Accept-Language", "nl")).andReturn().getResponse().getContentAsString();

        assertThat(byDefault).contains("blijven 24 maanden bewaard nadat een groep is afgerond of geannuleerd (de standaard van Koers).");
        assertThat(own).contains("blijven 36 maanden bewaard nadat een groep is afgerond of geannuleerd.")
                .doesNotContain("de standaard van Koers");
    }

    @Test
    void showsTheOverviewInEnglish() throws Exception {
        OrganiseFixtures.trajectory(API, 3);
        OrganiseFixtures.instruments(API);
        API.json("GET", "/api/trajectories/" + TRAJECTORY + "/cohorts", 200, OrganiseFixtures.EMPTY_PAGE);
        API.problem("GET", "/api/evaluations/items/" + TRAJECTORY, 503, "service-unavailable", "away", null);

        String page = mvc.perform(get("/organise/trajectories/" + TRAJECTORY).with(as("organiser", "organiser"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("lang=\"en\"").contains("Organised by NCP EQAVET").contains("Plan a cohort")
                .contains("No cohort of this trajectory has been planned yet.")
                // reflection-service away: only its part is missing.
                .contains("This part is temporarily unavailable");
    }

    @Test
    void answersNotFoundForATrajectoryThatDoesNotExist() throws Exception {
        API.problem("GET", "/api/trajectories/" + MISSING, 404, "trajectory-not-found", "There is no trajectory", null);
        API.json("GET", "/api/trajectories/" + MISSING + "/cohorts", 200, OrganiseFixtures.EMPTY_PAGE);
        API.json("GET", "/api/instruments", 200, OrganiseFixtures.EMPTY_PAGE);
        API.json("GET", "/api/evaluations/items/" + MISSING, 200, "{\"items\":[],\"version\":0}");

        String page = mvc.perform(get("/organise/trajectories/" + MISSING).with(as("organiser", "organiser"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Niet gevonden");
    }
}
