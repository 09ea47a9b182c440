package nl.koers.web.organise;

import static nl.koers.web.organise.OrganiseFixtures.COHORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Part;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import nl.koers.web.ApiStandIn.Received;
import nl.koers.web.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * "Deelnemers uitnodigen": the list uploaded for the cohort, the report per row with its problems in plain words,
 * the button that says how many invitations go out, and the invitations sent so far.
 */
class InvitationsPageTest extends PageTest {

    static final String UPLOAD = "90000000-0000-0000-0000-000000000001";
    static final String CSV = "naam;e-mail;instelling;sector;functie\r\nAn de Vries;an@roc-example.nl;ROC Midden;mbo;teamleider\r\n";

    static String upload(String status, int invite, Integer invited) {
        return """
                {"id":"%s","cohortId":"%s","fileName":"deelnemers.csv","status":"%s","uploadedAt":"2026-12-02T10:00:00Z",
                 "confirmedAt":%s,"counts":{"rows":5,"invite":%d,"alreadyInvited":1,"alreadyEnrolled":1,"rejected":2},
                 "rows":[
                  {"line":2,"name":"An de Vries","email":"an@roc-example.nl","institution":"ROC Midden","sector":"MBO","function":"teamleider","outcome":"INVITE","problems":[]},
                  {"line":3,"name":"Bram Bos","email":"bram@roc-example","institution":"ROC Midden","sector":"MBO","function":"","outcome":"REJECTED",
                   "problems":[{"field":"email","code":"email-invalid","message":"is not an e-mail address"}]},
                  {"line":4,"name":"","email":"cor@roc-example.nl","institution":"ROC Midden","sector":"KINDEROPVANG","function":"","outcome":"REJECTED",
                   "problems":[{"field":"name","code":"required","message":"is required"},{"field":"sector","code":"sector-unknown","message":"is not PO, VO, MBO or HBO"},
                               {"field":"function","code":"something-new","message":"is odd"}]},
                  {"line":5,"name":"Dirk Dam","email":"dirk@roc-example.nl","institution":"ROC Midden","sector":"MBO","function":"","outcome":"ALREADY_INVITED","problems":[]},
                  {"line":6,"name":"Els Eik","email":"els@roc-example.nl","institution":"ROC Midden","sector":"MBO","function":"","outcome":"ALREADY_ENROLLED","problems":[]}],
                 "invited":%s}""".formatted(UPLOAD, COHORT, status, status.equals("CONFIRMED") ? "\"2026-12-02T10:05:00Z\"" : "null",
                invite, invited == null ? "null" : invited);
    }

    @BeforeEach
    void cohort() {
        OrganiseFixtures.cohort(API, "OPEN", 3);
        OrganiseFixtures.trajectory(API, 2);
    }

    @Test
    void linksTheInvitationsFromTheCohortPage() throws Exception {
        OrganiseFixtures.seats(API, 2, 0);
        OrganiseFixtures.sessions(API);

        String page = mvc.perform(get("/organise/cohorts/" + COHORT).with(as("organiser", "organiser")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<a class=\"utrecht-link\" href=\"/organise/cohorts/" + COHORT + "/invitations\">Deelnemers uitnodigen</a>");
    }

    @Test
    void explainsTheListAndShowsTheInvitationsSentWithTheirState() throws Exception {
        API.json("GET", "/api/invitations", 200, """
                {"items":[
                  {"id":"a1000000-0000-0000-0000-000000000001","cohortId":"%1$s","name":"An de Vries","email":"an@roc-example.nl",
                   "status":"ACCEPTED","invitedAt":"2026-11-01T10:00:00Z","acceptedAt":"2026-11-02T10:00:00Z","expiresAt":"2027-01-10T16:00:00Z"},
                  {"id":"a1000000-0000-0000-0000-000000000002","cohortId":"%1$s","name":"Bram Bos","email":"bram@roc-example.nl",
                   "status":"INVITED","invitedAt":"2026-11-01T10:00:00Z","acceptedAt":null,"expiresAt":"2027-01-10T16:00:00Z"}],
                 "page":0,"size":25,"totalItems":2,"totalPages":1}""".formatted(COHORT));

        String page = mvc.perform(get("/organise/cohorts/" + COHORT + "/invitations").with(as("organiser", "organiser"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1 class=\"utrecht-heading-1\">Deelnemers uitnodigen</h1>")
                .contains("naam;e-mail;instelling;sector;functie").contains("puntkomma (;) of een komma (,)")
                .contains("CSV UTF-8 (door komma’s gescheiden)").contains("po, vo, mbo of hbo")
                .contains("enctype=\"multipart/form-data\"").contains("<label class=\"utrecht-form-label\" for=\"file\">")
                .contains("accept=\".csv,text/csv\"").contains("data-max-bytes=\"1048576\"")
                .contains(">De lijst controleren<")
                .contains("2 uitnodigingen").contains(">Ingeschreven<").contains("Ingeschreven op ")
                .contains(">Uitgenodigd<").contains("Geldig tot ");
        assertThat(API.received()).extracting(Received::pathAndQuery)
                .contains("/api/invitations?cohortId=" + COHORT + "&page=0&size=25");
    }

    @Test
    void uploadsTheListWithTheCohortAndGoesToItsReport() throws Exception {
        API.json("POST", "/api/invitations/uploads", 201, upload("CHECKED", 1, null));

        mvc.perform(multipart("/organise/cohorts/" + COHORT + "/invitations")
                        .file(new MockMultipartFile("file", "C:\\Users\\an\\Desktop\\deelnemers.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8)))
                        .with(as("organiser", "organiser")).with(csrf()))
                .andExpect(redirectedUrl("/organise/cohorts/" + COHORT + "/invitations/uploads/" + UPLOAD));

        Received upload = API.received().stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
        assertThat(upload.pathAndQuery()).isEqualTo("/api/invitations/uploads");
        assertThat(upload.authorization()).startsWith("Bearer ");
        assertThat(upload.body()).contains("name=\"cohortId\"").contains(COHORT)
                .contains("name=\"file\"; filename=\"deelnemers.csv\"").contains("Content-Type: text/csv")
                .contains(CSV);
    }

    @Test
    void asksForAFileWhenNoneWasChosen() throws Exception {
        String page = mvc.perform(multipart("/organise/cohorts/" + COHORT + "/invitations")
                        .file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
                        .with(as("organiser", "organiser")).with(csrf()).header("Accept-Language", "nl"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"file-error\"").contains("Kies het bestand met de deelnemers.")
                .contains("aria-describedby=\"file-error file-help\"").contains("aria-invalid=\"true\"")
                .contains("<a class=\"utrecht-link\" href=\"#file\">Kies het bestand met de deelnemers.</a>");
        assertThat(API.received()).noneSatisfy(r -> assertThat(r.pathAndQuery()).isEqualTo("/api/invitations/uploads"));
    }

    @Test
    void saysBesideTheFileWhenTheListIsTooLarge() throws Exception {
        API.problem("POST", "/api/invitations/uploads", 413, "content-too-large", "The request body is larger than this service accepts.", null);

        String page = upload();

        assertThat(page).contains("id=\"file-error\"").contains("Dit bestand is te groot: een lijst is hoogstens 1 MB.")
                .doesNotContain("larger than this service");
    }

    @Test
    void saysBesideTheFileWhenItIsTooLargeForTheWebAppToRead() throws Exception {
        API.json("GET", "/api/invitations", 200, OrganiseFixtures.EMPTY_PAGE);

        String page = mvc.perform(new TooLargeToRead("/organise/cohorts/" + COHORT + "/invitations")
                        .with(as("organiser", "organiser")).header("Accept-Language", "nl"))
                .andExpect(status().isPayloadTooLarge()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"file-error\"").contains("Dit bestand is te groot: een lijst is hoogstens 1 MB.")
                .contains("<a href=\"/organise\" aria-current=\"page\">Trajecten</a>")
                .contains("<input type=\"hidden\" name=\"_csrf\"");
        assertThat(API.received()).noneSatisfy(r -> assertThat(r.pathAndQuery()).isEqualTo("/api/invitations/uploads"));
    }

    @Test
    void saysBesideTheFileWhichColumnIsMissing() throws Exception {
        API.problem("POST", "/api/invitations/uploads", 400, "invalid-request", "A required column is missing",
                "[{\"field\":\"institution\",\"message\":\"is a required column\"}]");

        String page = upload();

        assertThat(page).contains("id=\"file-error\"").contains("De kolom ‘instelling’ ontbreekt.")
                .doesNotContain("required column");
    }

    @Test
    void saysBesideTheFileWhenTheCohortTakesNoInvitationsAnyMore() throws Exception {
        API.problem("POST", "/api/invitations/uploads", 409, "cohort-status-conflict", "The cohort is COMPLETED", null);

        String page = mvc.perform(multipart("/organise/cohorts/" + COHORT + "/invitations")
                        .file(new MockMultipartFile("file", "deelnemers.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8)))
                        .with(as("organiser", "organiser")).with(csrf()).header("Accept-Language", "nl"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"file-error\"").contains("hij is afgerond of gaat niet door");
    }

    @Test
    void reportsEveryRowWithWhatKoersDoesAndEachProblemInPlainWords() throws Exception {
        API.json("GET", "/api/invitations/uploads/" + UPLOAD, 200, upload("CHECKED", 1, null));

        String page = mvc.perform(get("/organise/cohorts/" + COHORT + "/invitations/uploads/" + UPLOAD)
                        .with(as("organiser", "organiser")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1 class=\"utrecht-heading-1\">Controle van je lijst</h1>").contains("Er is nog niets verstuurd.")
                .contains("5 mensen op de lijst").contains("1 persoon krijgt een uitnodiging")
                .contains("1 persoon was al uitgenodigd en krijgt geen tweede uitnodiging").contains("1 persoon staat al ingeschreven")
                .contains("2 regels kloppen niet")
                .contains(">Krijgt een uitnodiging<").contains(">Al uitgenodigd<").contains(">Al ingeschreven<").contains(">Klopt niet<")
                .contains("Dit is geen geldig e-mailadres.").contains("Naam ontbreekt.")
                .contains("Deze sector kent Koers niet. Gebruik po, vo, mbo of hbo.").contains("Functie klopt niet.")
                .contains(">Uitnodigingen versturen (1)</button>")
                .contains("href=\"/organise/cohorts/" + COHORT + "/invitations/uploads/" + UPLOAD + "?only=problems\"");
        assertThat(page).doesNotContain("is not an e-mail address").doesNotContain("email-invalid");
        assertThat(page.split("data-line=", -1)).hasSize(6);
    }

    @Test
    void showsOnlyTheRowsWithAProblemWhenAskedTo() throws Exception {
        API.json("GET", "/api/invitations/uploads/" + UPLOAD, 200, upload("CHECKED", 1, null));

        String page = mvc.perform(get("/organise/cohorts/" + COHORT + "/invitations/uploads/" + UPLOAD).param("only", "problems")
                        .with(as("organiser", "organiser")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page.split("data-line=", -1)).hasSize(3);
        assertThat(page).contains("data-line=\"3\"").contains("data-line=\"4\"").contains("Regels van deelnemers.csv die niet kloppen");
    }

    @Test
    void offersNoButtonWhenThereIsNobodyToInviteOrTheListWasSent() throws Exception {
        API.json("GET", "/api/invitations/uploads/" + UPLOAD, 200, upload("CHECKED", 0, null));
        String nobody = mvc.perform(get("/organise/cohorts/" + COHORT + "/invitations/uploads/" + UPLOAD)
                        .with(as("organiser", "organiser")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        API.json("GET", "/api/invitations/uploads/" + UPLOAD, 200, upload("CONFIRMED", 1, null));
        String sent = mvc.perform(get("/organise/cohorts/" + COHORT + "/invitations/uploads/" + UPLOAD)
                        .with(as("organiser", "organiser")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(nobody).doesNotContain("Uitnodigingen versturen").contains("Er is niemand op deze lijst om uit te nodigen.");
        assertThat(sent).doesNotContain("Uitnodigingen versturen").contains("De uitnodigingen van deze lijst zijn verstuurd op");
    }

    @Test
    void sendsTheInvitationsAndSaysHowManyWentOut() throws Exception {
        API.json("POST", "/api/invitations/uploads/" + UPLOAD + "/confirmation", 200, upload("CONFIRMED", 12, 12));

        mvc.perform(post("/organise/cohorts/" + COHORT + "/invitations/uploads/" + UPLOAD + "/confirmation")
                        .with(as("organiser", "organiser")).with(csrf()))
                .andExpect(redirectedUrl("/organise/cohorts/" + COHORT + "/invitations"))
                .andExpect(flash().attribute("flash", "invitations.flash.sent"))
                .andExpect(flash().attribute("flashArguments", new Object[] {12}));

        API.json("GET", "/api/invitations", 200, OrganiseFixtures.EMPTY_PAGE);
        String page = mvc.perform(get("/organise/cohorts/" + COHORT + "/invitations").with(as("organiser", "organiser"))
                        .header("Accept-Language", "nl").flashAttr("flash", "invitations.flash.sent").flashAttr("flashArguments", new Object[] {12}))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("12 uitnodigingen zijn verstuurd. Hieronder zie je wie zich inschrijft.");
    }

    @Test
    void saysSoWhenConfirmingAgainInvitesNobodyNew() throws Exception {
        API.json("POST", "/api/invitations/uploads/" + UPLOAD + "/confirmation", 200, upload("CONFIRMED", 1, 0));

        mvc.perform(post("/organise/cohorts/" + COHORT + "/invitations/uploads/" + UPLOAD + "/confirmation")
                        .with(as("organiser", "organiser")).with(csrf()))
                .andExpect(flash().attribute("flash", "invitations.flash.noneNew"));
    }

    @Test
    void knowsNoListOfAnotherCohortUnderThisCohortsAddress() throws Exception {
        API.json("GET", "/api/invitations/uploads/" + UPLOAD, 200, upload("CHECKED", 1, null)
                .replace("\"cohortId\":\"" + COHORT, "\"cohortId\":\"" + OrganiseFixtures.MISSING));

        mvc.perform(get("/organise/cohorts/" + COHORT + "/invitations/uploads/" + UPLOAD).with(as("organiser", "organiser")))
                .andExpect(status().isNotFound());
    }

    @Test
    void offersNoUploadForACohortThatIsOver() throws Exception {
        OrganiseFixtures.cohort(API, "COMPLETED", 9);
        API.json("GET", "/api/invitations", 200, OrganiseFixtures.EMPTY_PAGE);

        String page = mvc.perform(get("/organise/cohorts/" + COHORT + "/invitations").with(as("organiser", "organiser"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Voor deze groep kun je niemand meer uitnodigen").doesNotContain("type=\"file\"")
                .contains("Je hebt voor deze groep nog niemand uitgenodigd.");
    }

    @Test
    void readsInEnglish() throws Exception {
        API.json("GET", "/api/invitations/uploads/" + UPLOAD, 200, upload("CHECKED", 1, null));

        String page = mvc.perform(get("/organise/cohorts/" + COHORT + "/invitations/uploads/" + UPLOAD).param("lang", "en")
                        .with(as("organiser", "organiser")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Check of your list").contains("This is not a valid email address.").contains("Name is missing.")
                .contains(">Send invitations (1)</button>");
    }

    /**
     * A list posted with a body larger than the web app reads, as Tomcat 11 presents it: its length says so, and
     * asking for its parts or parameters fails. (MockMvc parses no bodies of its own.) It carries no CSRF token that
     * could be read.
     */
    static final class TooLargeToRead extends AbstractMockHttpServletRequestBuilder<TooLargeToRead> {

        private static final String REFUSED = "the request was rejected because its size (3145889) exceeds the configured maximum (2097152)";

        TooLargeToRead(String path) {
            super(HttpMethod.POST);
            uri(path);
            contentType("multipart/form-data; boundary=koers");
        }

        @Override
        protected MockHttpServletRequest createServletRequest(ServletContext context) {
            return new MockHttpServletRequest(context) {
                @Override
                public long getContentLengthLong() {
                    return 3145889;
                }

                @Override
                public Collection<Part> getParts() {
                    throw new IllegalStateException(REFUSED);
                }

                @Override
                public Part getPart(String name) {
                    throw new IllegalStateException(REFUSED);
                }

                @Override
                public String getParameter(String name) {
                    throw new IllegalStateException(REFUSED);
                }
            };
        }
    }

    private String upload() throws Exception {
        return mvc.perform(multipart("/organise/cohorts/" + COHORT + "/invitations")
                        .file(new MockMultipartFile("file", "deelnemers.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8)))
                        .with(as("organiser", "organiser")).with(csrf()).header("Accept-Language", "nl"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
    }
}
