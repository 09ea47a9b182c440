package nl.koers.local.idp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Koers login page: its languages, messages, accessibility basics and security headers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginPageTest {

    @LocalServerPort
    int port;

    @Test
    void speaksDutchByDefault() {
        String page = new Browser(port).get("/login").body();

        assertThat(page).contains("<html lang=\"nl\"", "<title>Inloggen bij Koers</title>", "<h1>Inloggen bij Koers</h1>",
                "<label for=\"username\">Gebruikersnaam</label>", "<label for=\"password\">Wachtwoord</label>",
                "id=\"username\" name=\"username\"", "id=\"password\" name=\"password\" type=\"password\"");
    }

    @Test
    void switchesToEnglishAndRemembersTheChoice() {
        Browser browser = new Browser(port);

        String switched = browser.get("/login?lang=en").body();
        String later = browser.get("/login").body();

        assertThat(switched).contains("<html lang=\"en\"", "<title>Sign in to Koers</title>", ">Username</label>");
        assertThat(browser.hasCookie("koers-lang")).isTrue();
        assertThat(later).contains("<html lang=\"en\"", "<title>Sign in to Koers</title>");
        assertThat(browser.get("/login?lang=nl").body()).contains("<html lang=\"nl\"");
    }

    @Test
    void offersBothLanguagesAsLinks() {
        String page = new Browser(port).get("/login").body();

        assertThat(page).contains("href=\"/login?lang=en\" lang=\"en\" hreflang=\"en\"",
                "href=\"/login?lang=nl\" lang=\"nl\" hreflang=\"nl\" aria-current=\"true\"");
    }

    @Test
    void followsABrowserThatPrefersEnglishUntilAChoiceIsMade() {
        assertThat(new Browser(port).get("/login", "Accept-Language", "en-GB,en;q=0.9").body()).contains("<html lang=\"en\"");
        assertThat(new Browser(port).get("/login", "Accept-Language", "de-DE,fr;q=0.8").body()).contains("<html lang=\"nl\"");
        assertThat(new Browser(port).get("/login?lang=nl", "Accept-Language", "en").body()).contains("<html lang=\"nl\"");
    }

    @Test
    void saysClearlyWhenTheCredentialsAreWrong() {
        Browser browser = new Browser(port);
        HttpResponse<String> failed = browser.postForm("/login", Map.of("username", "organiser",
                "password", "wrong", "_csrf", Browser.csrfToken(browser.get("/login").body())));
        assertThat(Browser.location(failed)).endsWith("/login?error");

        String page = browser.get("/login?error").body();

        assertThat(page).contains("id=\"login-error\" class=\"message message-error\" role=\"alert\"",
                "De gebruikersnaam of het wachtwoord klopt niet.", "aria-invalid=\"true\"",
                "aria-describedby=\"login-error\"");
        assertThat(browser.get("/login?error&lang=en").body()).contains("The username or password is not right.");
    }

    @Test
    void confirmsSigningOut() {
        String page = new Browser(port).get("/login?logout").body();

        assertThat(page).contains("role=\"status\"", "Je bent uitgelogd.");
        assertThat(page).doesNotContain("role=\"alert\"");
    }

    @Test
    void namesTheDemoUsersAndTheirPassword() {
        String page = new Browser(port).get("/login").body();

        assertThat(page).contains("organiser, facilitator, facilitator2, coalition, coalition2, admin", "participant30", "<code>koers-demo</code>");
    }

    @Test
    void carriesNoInlineScriptOrStyleAndAStrictContentSecurityPolicy() {
        HttpResponse<String> login = new Browser(port).get("/login");

        assertThat(login.body()).doesNotContain("<script", "<style", "style=", "onclick")
                .contains("<link rel=\"stylesheet\" href=\"/css/login.css\">");
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .contains("form-action 'self' http://127.0.0.1:8400 http://127.0.0.1:8080"));
    }

    @Test
    void keepsItsSessionInACookieOfItsOwnName() {
        Browser browser = new Browser(port);
        browser.get("/login");

        assertThat(browser.hasCookie("KOERS_IDP_SESSION")).as("not JSESSIONID, which other apps on 127.0.0.1 use").isTrue();
        assertThat(browser.hasCookie("JSESSIONID")).isFalse();
    }

    @Test
    void servesItsStylesheetWithoutSigningIn() {
        HttpResponse<String> css = new Browser(port).get("/css/login.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(css.body()).contains("#1d4e89", ":focus-visible");
    }
}
