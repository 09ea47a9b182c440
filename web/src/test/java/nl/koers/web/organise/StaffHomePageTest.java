package nl.koers.web.organise;

import static nl.koers.web.organise.OrganiseFixtures.TITLE;
import static nl.koers.web.organise.OrganiseFixtures.TRAJECTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.koers.web.PageTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/** The home page and the menu of organisers, admins and coalition members: their way in, and nothing of a participant's. */
class StaffHomePageTest extends PageTest {

    @Autowired
    private ClientRegistrationRepository registrations;

    /** Signed in with the {@code coalitions} claim the identity provider puts in the ID token. */
    private OidcLoginRequestPostProcessor reportingFor(String user, List<String> coalitions, String... roles) {
        return oidcLogin().clientRegistration(registrations.findByRegistrationId("koers"))
                .idToken(token -> token.subject(user).claims(claims -> claims.putAll(Map.of(
                        "name", user, "roles", List.of(roles), "coalitions", coalitions))))
                .authorities(Arrays.stream(roles).<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                        .toArray(GrantedAuthority[]::new));
    }

    @Test
    void showsAnOrganiserTheNewestTrajectoriesAndTheWayToAllOfThem() throws Exception {
        API.json("GET", "/api/trajectories?size=5", 200, OrganiseFixtures.page(0, 1, 1, OrganiseFixtures.trajectoryJson(1)));

        String page = mvc.perform(get("/").with(as("organiser", "organiser")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Trajecten die je organiseert").contains(TITLE)
                .contains("href=\"/organise/trajectories/" + TRAJECTORY + "\"").contains("href=\"/organise\"")
                .contains("<a href=\"/organise\">Trajecten</a>").contains("<a href=\"/reports\">Rapportages</a>")
                .doesNotContain("Hier komen de pagina").doesNotContain("De pagina's voor organisatoren en coalities volgen");
        // A participant's parts are not asked for.
        assertThat(API.received()).extracting(r -> r.pathAndQuery()).containsExactly("/api/trajectories?size=5");
    }

    @Test
    void marksTheTrajectoriesEntryAsTheCurrentPage() throws Exception {
        API.json("GET", "/api/trajectories", 200, OrganiseFixtures.EMPTY_PAGE);

        String page = mvc.perform(get("/organise").with(as("admin", "admin")).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<a href=\"/organise\" aria-current=\"page\">Trajectories</a>").contains(">Reports</a>");
    }

    @Test
    void showsACoalitionMemberTheReportsOfEachOfTheirCoalitions() throws Exception {
        String page = mvc.perform(get("/").with(reportingFor("coalition", List.of("teams-aan-zet", "data"), "coalition"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"/reports/coalitions/data\"").contains("href=\"/reports/coalitions/teams-aan-zet\"")
                .contains("Rapportage van de coalitie teams-aan-zet").contains("href=\"/reports\"")
                .contains("<a href=\"/reports\">Rapportages</a>").doesNotContain("<a href=\"/organise\">");
        assertThat(API.received()).isEmpty();
    }

    @Test
    void showsAnAdminBothWaysIn() throws Exception {
        API.json("GET", "/api/trajectories?size=5", 200, OrganiseFixtures.EMPTY_PAGE);

        String page = mvc.perform(get("/").with(reportingFor("admin", List.of("teams-aan-zet"), "admin"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Trajectories you organise").contains("There are no trajectories yet.")
                .contains("href=\"/reports/coalitions/teams-aan-zet\"");
    }

    @Test
    void showsAParticipantNoneOfTheOrganisersEntries() throws Exception {
        API.json("GET", "/api/enrolments/mine", 200, OrganiseFixtures.EMPTY_PAGE);
        API.json("GET", "/api/cohorts/mine", 200, OrganiseFixtures.EMPTY_PAGE);
        API.json("GET", "/api/cohorts/open", 200, OrganiseFixtures.EMPTY_PAGE);
        API.json("GET", "/api/sessions/upcoming", 200, OrganiseFixtures.EMPTY_PAGE);

        String page = mvc.perform(get("/").with(as("participant1", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain("href=\"/organise\"").doesNotContain("href=\"/reports\"").contains("Mijn inschrijvingen");
    }
}
