package nl.koers.local.idp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The web app's client {@code koers-web}, driven the way Spring Security's OAuth2 client drives it: the
 * authorization-code flow with PKCE and a client secret sent with HTTP Basic, refresh, and OIDC RP-initiated
 * logout that ends the provider's session too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebClientSignInTest {

    private static final String CLIENT_ID = "koers-web";
    private static final String SECRET = "koers-web-local-secret";
    private static final String WEB = "http://127.0.0.1:8080";
    private static final String REDIRECT = WEB + "/login/oauth2/code/koers";

    @LocalServerPort
    int port;

    @Autowired
    JwtDecoder jwtDecoder;

    @Autowired
    SessionRegistry sessionRegistry;

    @Test
    void idTokenCarriesRolesCoalitionsNameAndTheSessionForTheWebApp() {
        Map<String, Object> tokens = signIn(new Browser(port), "coalition");

        Jwt idToken = jwtDecoder.decode((String) tokens.get("id_token"));
        assertThat(idToken.getSubject()).isEqualTo("coalition");
        assertThat(idToken.getAudience()).containsExactly(CLIENT_ID);
        assertThat(idToken.getClaimAsStringList("roles")).containsExactly("coalition");
        assertThat(idToken.getClaimAsStringList("coalitions")).containsExactly("teams-aan-zet");
        assertThat(idToken.getClaimAsString("name")).isEqualTo("coalition");
        assertThat(idToken.getClaimAsString("sid")).isNotBlank();
    }

    @Test
    void accessTokenForTheWebAppIsForTheKoersApiAndLivesTenMinutes() {
        Map<String, Object> tokens = signIn(new Browser(port), "organiser");

        Jwt accessToken = jwtDecoder.decode((String) tokens.get("access_token"));
        assertThat(accessToken.getAudience()).containsExactly("koers");
        assertThat(accessToken.getClaimAsStringList("roles")).containsExactly("organiser");
        assertThat(accessToken.getClaimAsStringList("coalitions")).isEmpty();
        assertThat(accessToken.getClaimAsString("name")).isEqualTo("organiser");
        assertThat(((Number) tokens.get("expires_in")).longValue()).isBetween(590L, 600L);
        assertThat(tokens.get("refresh_token")).isNotNull();
    }

    @Test
    void refreshGivesNewTokensWithTheSameClaimsAndANewRefreshToken() {
        Browser browser = new Browser(port);
        Map<String, Object> tokens = signIn(browser, "facilitator");

        Map<String, Object> refreshed = browser.tokenRequest(Map.of(
                "grant_type", "refresh_token", "refresh_token", (String) tokens.get("refresh_token")),
                "Authorization", Browser.basic(CLIENT_ID, SECRET));

        assertThat(refreshed.get("refresh_token")).isNotEqualTo(tokens.get("refresh_token"));
        assertThat(jwtDecoder.decode((String) refreshed.get("access_token")).getClaimAsStringList("roles"))
                .containsExactly("facilitator");
        assertThat(jwtDecoder.decode((String) refreshed.get("id_token")).getClaimAsStringList("roles"))
                .containsExactly("facilitator");
    }

    @Test
    void refusesAnAuthorizationRequestWithoutProofKey() {
        String callback = new Browser(port).authorize("response_type=code&client_id=" + CLIENT_ID
                + "&scope=openid%20profile&redirect_uri=" + Browser.encode(REDIRECT) + "&state=s1", "participant1");

        assertThat(callback).startsWith(REDIRECT + "?");
        assertThat(Browser.queryParameter(callback, "error")).isEqualTo("invalid_request");
        assertThat(Browser.queryParameter(callback, "code")).isNull();
    }

    @Test
    void refusesTheCodeExchangeWithAWrongSecret() {
        Browser browser = new Browser(port);
        String verifier = Browser.randomToken() + Browser.randomToken();
        String callback = browser.authorize(authorizeQuery(verifier, "s2"), "participant2");

        HttpResponse<String> answer = browser.postForm("/oauth2/token", Map.of(
                "grant_type", "authorization_code", "code", Browser.queryParameter(callback, "code"),
                "redirect_uri", REDIRECT, "code_verifier", verifier),
                "Authorization", Browser.basic(CLIENT_ID, "not-the-secret"));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("invalid_client");
    }

    @Test
    void discoveryNamesTheEndSessionEndpoint() {
        HttpResponse<String> discovery = new Browser(port).get("/.well-known/openid-configuration");

        Map<String, Object> configuration = JsonParserFactory.getJsonParser().parseMap(discovery.body());
        assertThat((String) configuration.get("end_session_endpoint")).endsWith("/connect/logout");
    }

    @Test
    void signingOutEndsTheProviderSessionAndReturnsToTheWebApp() {
        Browser browser = new Browser(port);
        Map<String, Object> tokens = signIn(browser, "participant3");
        String verifier = Browser.randomToken() + Browser.randomToken();
        assertThat(browser.authorize(authorizeQuery(verifier, "again"), "participant3"))
                .as("still signed in at the provider").contains("code=");

        HttpResponse<String> logout = browser.get("/connect/logout?id_token_hint=" + tokens.get("id_token")
                + "&post_logout_redirect_uri=" + Browser.encode(WEB + "/signed-out") + "&state=bye");

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(Browser.location(logout)).isEqualTo(WEB + "/signed-out?state=bye");
        HttpResponse<String> afterwards = browser.get("/oauth2/authorize?" + authorizeQuery(verifier, "later"),
                "Accept", "text/html");
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(Browser.location(afterwards)).as("sent to the login form again").endsWith("/login");
    }

    @Test
    void forgetsTheSessionOnceSignedOut() {
        int before = sessionsOf("admin").size();
        Browser browser = new Browser(port);
        Map<String, Object> tokens = signIn(browser, "admin");
        assertThat(sessionsOf("admin")).hasSize(before + 1);

        browser.get("/connect/logout?id_token_hint=" + tokens.get("id_token")
                + "&post_logout_redirect_uri=" + Browser.encode(WEB + "/signed-out"));

        assertThat(sessionsOf("admin")).as("the ended session, reported by HttpSessionEventPublisher").hasSize(before);
    }

    @Test
    void refusesToSendTheBrowserAnywhereElseAfterSigningOut() {
        Browser browser = new Browser(port);
        Map<String, Object> tokens = signIn(browser, "participant4");

        HttpResponse<String> logout = browser.get("/connect/logout?id_token_hint=" + tokens.get("id_token")
                + "&post_logout_redirect_uri=" + Browser.encode("https://evil.example/"));

        assertThat(logout.statusCode()).isEqualTo(400);
        assertThat(Browser.location(logout)).isEmpty();
    }

    private List<SessionInformation> sessionsOf(String user) {
        return sessionRegistry.getAllPrincipals().stream()
                .filter(principal -> ((UserDetails) principal).getUsername().equals(user))
                .flatMap(principal -> sessionRegistry.getAllSessions(principal, false).stream())
                .toList();
    }

    private Map<String, Object> signIn(Browser browser, String user) {
        String verifier = Browser.randomToken() + Browser.randomToken();
        String state = Browser.randomToken();
        String callback = browser.authorize(authorizeQuery(verifier, state), user);
        assertThat(callback).startsWith(REDIRECT + "?");
        assertThat(Browser.queryParameter(callback, "state")).isEqualTo(state);
        return browser.tokenRequest(Map.of(
                "grant_type", "authorization_code",
                "code", Browser.queryParameter(callback, "code"),
                "redirect_uri", REDIRECT,
                "code_verifier", verifier),
                "Authorization", Browser.basic(CLIENT_ID, SECRET));
    }

    private static String authorizeQuery(String verifier, String state) {
        return "response_type=code&client_id=" + CLIENT_ID + "&scope=openid%20profile"
                + "&redirect_uri=" + Browser.encode(REDIRECT) + "&state=" + state + "&nonce=" + Browser.randomToken()
                + "&code_challenge=" + Browser.challenge(verifier) + "&code_challenge_method=S256";
    }
}
