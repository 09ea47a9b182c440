package nl.koers.system.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * Proves the browser harness on pages of its own, without the local stack: that a pass from
 * {@link Browser#assertAccessible()} means something because a broken page fails, that the language a test
 * asks for reaches the server, and that the person's actions (forms, keyboard, sign-in) work as the page tests
 * will use them.
 */
class BrowserHarnessIT {

    private static HarnessSite site;

    @BeforeAll
    static void serve() {
        site = new HarnessSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Browser browser() {
        return new Browser(site.appUrl(), Browser.ENGLISH);
    }

    @Test
    void passesAnAccessiblePageAndFollowsItsFormToTheNext() {
        try (Browser browser = browser()) {
            browser.visitAndCheck("/");
            assertThat(browser.title()).isEqualTo("Harness");

            browser.fill("Name", "An de Vries").select("Sector", "HBO").check("I agree").click("Send")
                    .waitFor("Hello An de Vries from HBO, who agreed").assertAccessible();

            assertThat(browser.visited()).hasSize(2);
            browser.assertEveryPageChecked();
        }
    }

    @Test
    void failsABrokenPageNamingEachViolation() {
        try (Browser browser = browser()) {
            browser.open("/broken");

            assertThatThrownBy(browser::assertAccessible).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("html-has-lang").hasMessageContaining("image-alt")
                    .hasMessageContaining("- label (").hasMessageContaining("img");
            assertThatThrownBy(browser::assertEveryPageChecked).hasMessageContaining("/broken");
        }
    }

    @Test
    void refusesToFillAFieldWithoutALabel() {
        try (Browser browser = browser()) {
            browser.open("/broken");

            assertThatThrownBy(() -> browser.fill("Name", "An")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("a field labelled \"Name\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void sendsTheLanguageAskedForAsAcceptLanguage(String language) {
        try (Browser browser = new Browser(site.appUrl(), Locale.of(language))) {
            browser.open("/language");

            assertThat(browser.driver().findElement(By.id("accept-language")).getText())
                    .isEqualTo(language);
        }
    }

    @Test
    void reachesAndPressesTheButtonWithTheKeyboardOnly() {
        try (Browser browser = browser()) {
            browser.open("/");

            browser.pressTab();
            assertThat(browser.focused()).isEqualTo("Name");
            assertThat(browser.activeElement().getDomAttribute("id")).isEqualTo("name");
            browser.type("Bram").tabTo("I agree").press(" ").tabTo("Send").pressEnter()
                    .waitFor("Hello Bram from MBO, who agreed");
        }
    }

    @Test
    void failsNamingTheFocusOrderWhenTabNeverReachesTheName() {
        try (Browser browser = browser()) {
            browser.open("/");

            assertThatThrownBy(() -> browser.tabTo("Delete")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("[Name, Sector, I agree, Send");
        }
    }

    @Test
    void signsInAtTheIdentityProviderAndComesBack() {
        try (Browser browser = browser()) {
            browser.open("/account");
            assertThat(browser.url()).startsWith(site.identityProviderUrl() + "/login");

            browser.signIn("participant1", HarnessSite.PASSWORD);

            assertThat(browser.text()).contains("Signed in as participant1");
            assertThat(browser.url()).startsWith(site.appUrl() + "/account");
        }
    }

    @Test
    void failsAtOnceWhenTheIdentityProviderRefusesTheSignIn() {
        try (Browser browser = browser()) {
            browser.open("/account");

            assertThatThrownBy(() -> browser.signIn("participant1", "wrong")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Signing in as participant1 failed").hasMessageContaining("/login?error");
        }
    }

    @Test
    void aNarrowWindowIs320PixelsWideAndCatchesSidewaysScrolling() {
        try (Browser browser = new Browser(site.appUrl(), Browser.DUTCH, Browser.Window.NARROW)) {
            browser.open("/");
            assertThat(browser.viewportWidth()).isEqualTo(320);
            browser.assertFitsWidth();

            browser.open("/wide");

            assertThatThrownBy(browser::assertFitsWidth).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("scroll sideways");
            browser.open("/broken");
            assertThatThrownBy(browser::assertFitsWidth).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("<meta name=\"viewport\"");
        }
    }

    @Test
    void savesScreenshotsAsPngUnderTarget() throws Exception {
        assumeFalse(Boolean.getBoolean("koers.screenshots"), "screenshots go to docs/ in this run");
        try (Browser browser = browser()) {
            browser.open("/");

            Path screenshot = browser.screenshot("harness");

            assertThat(screenshot).endsWith(Path.of("target", "screenshots", "harness.png"));
            assertThat(Files.readAllBytes(screenshot)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        }
    }
}
