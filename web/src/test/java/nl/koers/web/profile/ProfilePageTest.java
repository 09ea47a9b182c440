package nl.koers.web.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.koers.web.PageTest;
import org.junit.jupiter.api.Test;

class ProfilePageTest extends PageTest {

    @Test
    void offersAnEmptyFormBeforeTheFirstProfile() throws Exception {
        API.problem("GET", "/api/participants/me", 404, "profile-not-found", "No profile yet", null);

        String page = mvc.perform(get("/profile").with(as("participant1", "participant")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<label class=\"utrecht-form-label\" for=\"displayName\">Naam</label>");
    }

    @Test
    void saysBesideEachFieldWhatIsMissingInDutch() throws Exception {
        String page = mvc.perform(post("/profile").with(as("participant1", "participant")).with(csrf())
                        .param("displayName", "").param("email", "geen-adres").param("institution", "ROC")
                        .param("sector", "MBO").param("function", "teamleider"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("koers-error-summary").contains("href=\"#displayName\"").contains("Vul dit veld in.")
                .contains("Vul een geldig e-mailadres in").contains("aria-invalid=\"true\"");
        assertThat(API.received()).isEmpty();
    }

    @Test
    void showsTheApisFieldErrorsBesideTheFields() throws Exception {
        API.problem("PUT", "/api/participants/me", 400, "invalid-request", "sector: must not be null",
                "[{\"field\":\"sector\",\"message\":\"must not be null\"}]");

        String page = mvc.perform(post("/profile").with(as("participant1", "participant")).with(csrf())
                        .param("displayName", "An").param("email", "an@example.nl").param("institution", "ROC")
                        .param("sector", "XX").param("function", "teamleider"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("sector-error").contains("must not be null");
    }

    @Test
    void savesAndSaysSo() throws Exception {
        API.json("PUT", "/api/participants/me", 200, "{\"displayName\":\"An\"}");

        mvc.perform(post("/profile").with(as("participant1", "participant")).with(csrf())
                        .param("displayName", " An de Vries ").param("email", "an@example.nl").param("institution", "ROC Midden")
                        .param("sector", "MBO").param("function", "teamleider"))
                .andExpect(redirectedUrl("/profile"));

        assertThat(API.received()).singleElement().satisfies(request ->
                assertThat(request.body()).contains("\"displayName\":\"An de Vries\""));
    }

    @Test
    void refusesAFormWithoutTheCsrfToken() throws Exception {
        mvc.perform(post("/profile").with(as("participant1", "participant")).param("displayName", "An"))
                .andExpect(status().isForbidden());
    }
}
