package nl.koers.system.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.koers.system.LocalStack;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One simulated person in a headless Chromium, for the browser tests: they open pages of the app at
 * {@code home} (the gateway, in the system tests), sign in at the identity provider, and fill in, choose and
 * click things by what the page says rather than by CSS selectors, so that a test reads as the person's
 * actions and a field without a label cannot be filled at all.
 *
 * <p>Every action waits explicitly (htmx swaps content after the action returns), up to {@link #PATIENCE}.
 * Every page the browser lands on is remembered, so a test can prove with {@link #assertEveryPageChecked()}
 * that it ran {@link #assertAccessible()} on each of them.
 */
public final class Browser implements AutoCloseable {

    public static final Locale DUTCH = Locale.of("nl");
    public static final Locale ENGLISH = Locale.of("en");
    public static final Duration PATIENCE = Duration.ofSeconds(10);

    private static final String CLICKABLE = "button, a[href], input[type=submit], input[type=button], "
            + "input[type=reset], summary, [role=button], [role=link], [role=tab], [role=menuitem]";
    private static final int MAX_TABS = 200;

    /**
     * The sizes a test can ask for. {@code NARROW} is a phone 320 CSS pixels wide, where WCAG 1.4.10 (reflow)
     * wants no sideways scrolling; Chromium makes no window that narrow, so it is emulated, and a page lays out
     * at that width only with {@code <meta name="viewport" content="width=device-width">}, as on a real phone.
     */
    public enum Window {
        DESKTOP(1280, 900), NARROW(320, 720);

        private final int width;
        private final int height;

        Window(int width, int height) {
            this.width = width;
            this.height = height;
        }

        public int width() {
            return width;
        }

        public int height() {
            return height;
        }
    }

    private final URI home;
    private final Window window;
    private final Path profile;
    private final ChromeDriver driver;
    private final List<String> visited = new ArrayList<>();
    private final Set<String> checked = new HashSet<>();

    public Browser(String home, Locale language) {
        this(home, language, Window.DESKTOP);
    }

    /**
     * @param home     the app's address; {@link #open(String)} resolves paths against it and
     *                 {@link #signIn(String, String)} waits until the browser is back there
     * @param language sent as the browser's Accept-Language
     */
    public Browser(String home, Locale language, Window window) {
        this.home = URI.create(home.endsWith("/") ? home : home + "/");
        this.window = window;
        this.profile = Chromium.newProfile();
        try {
            this.driver = Chromium.start(language, window, profile);
        } catch (RuntimeException e) {
            Chromium.deleteProfile(profile);
            throw e;
        }
    }

    /** A person at the gateway of the local stack, which is started if it is not running yet. */
    public static Browser atGateway(Locale language) {
        return atGateway(language, Window.DESKTOP);
    }

    public static Browser atGateway(Locale language, Window window) {
        return new Browser(LocalStack.get().gatewayUrl(), language, window);
    }

    /** Goes to a path of the app (or any absolute URL) and waits until the page, after redirects, has loaded. */
    public Browser open(String pathOrUrl) {
        driver.get(home.resolve(pathOrUrl.startsWith("/") ? pathOrUrl.substring(1) : pathOrUrl).toString());
        arrived();
        return this;
    }

    /** {@link #open(String)}, then {@link #assertAccessible()}. */
    public Browser visitAndCheck(String pathOrUrl) {
        return open(pathOrUrl).assertAccessible();
    }

    /**
     * Fills in the identity provider's form (fields {@code username} and {@code password}), which the browser
     * must be showing or be on its way to, and waits until the provider has sent it back to the app. Fails at
     * once, rather than after a timeout, when the provider answers with its error page.
     */
    public Browser signIn(String user, String password) {
        WebElement secret = waitFor("the sign-in form (fields username and password)",
                d -> displayed(By.name("username")) != null ? displayed(By.name("password")) : null);
        WebElement username = displayed(By.name("username"));
        username.clear();
        username.sendKeys(user);
        secret.clear();
        secret.sendKeys(password);
        secret.findElement(By.xpath("ancestor::form"))
                .findElement(By.cssSelector("button[type=submit], input[type=submit], button:not([type])")).click();
        waitFor("the way back to " + home + " after signing in as " + user,
                d -> onHome() || d.getCurrentUrl().contains("error"));
        arrived();
        if (!onHome()) {
            throw new AssertionError("Signing in as " + user + " failed: the identity provider answered with "
                    + driver.getCurrentUrl() + ":\n" + text());
        }
        return this;
    }

    /** Types {@code value} into the field with this label (or id, or aria-label), replacing what it held. */
    public Browser fill(String labelOrId, String value) {
        act("a field labelled \"" + labelOrId + "\" to fill in", () -> {
            WebElement field = AccessibleNames.control(driver, labelOrId);
            if (field == null) {
                return null;
            }
            field.clear();
            field.sendKeys(value);
            return field;
        });
        return this;
    }

    /** Chooses the option with this visible text in the drop-down with this label (or id). */
    public Browser select(String labelOrId, String option) {
        act("a drop-down labelled \"" + labelOrId + "\" with option \"" + option + "\"", () -> {
            WebElement field = AccessibleNames.control(driver, labelOrId);
            if (field == null) {
                return null;
            }
            new Select(field).selectByVisibleText(option);
            return field;
        });
        return this;
    }

    /** Ticks the checkbox or radio button with this label (or id), unless it is ticked already. */
    public Browser check(String labelOrId) {
        act("a checkbox or radio button labelled \"" + labelOrId + "\"", () -> {
            WebElement field = AccessibleNames.control(driver, labelOrId);
            if (field == null) {
                return null;
            }
            if (!field.isSelected()) {
                field.click();
            }
            return field;
        });
        return this;
    }

    /**
     * Clicks the enabled button or link whose name (its text, aria-label or value) is exactly {@code name}, and
     * waits for the page it leads to, if any. What htmx swaps in afterwards is for {@link #waitFor(String)}.
     */
    public Browser click(String name) {
        act("an enabled button or link named \"" + name + "\"", () -> {
            WebElement target = driver.findElements(By.cssSelector(CLICKABLE)).stream()
                    .filter(element -> element.isDisplayed() && name.equals(AccessibleNames.of(driver, element)))
                    .findFirst().orElse(null);
            if (target == null || !target.isEnabled()) {
                return null;
            }
            target.click();
            return target;
        });
        arrived();
        return this;
    }

    /** Sends Tab to whatever has the focus, as a keyboard-only user would. */
    public Browser pressTab() {
        return press(Keys.TAB);
    }

    public Browser pressShiftTab() {
        return press(Keys.chord(Keys.SHIFT, Keys.TAB));
    }

    /** Sends Enter to whatever has the focus and waits for the page it leads to, if any. */
    public Browser pressEnter() {
        press(Keys.ENTER);
        arrived();
        return this;
    }

    /** Sends keys (a {@link Keys} constant or text) to whatever has the focus. */
    public Browser press(CharSequence keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Types text into whatever has the focus, for keyboard-only runs. */
    public Browser type(String text) {
        return press(text);
    }

    /**
     * Presses Tab until the element named {@code name} has the focus. Fails naming every element the focus
     * passed, which is the page's focus order, when it never gets there.
     */
    public Browser tabTo(String name) {
        WebElement start = activeElement();
        List<String> passed = new ArrayList<>();
        while (!name.equals(focused())) {
            pressTab();
            passed.add(focused());
            if (activeElement().equals(start) || passed.size() == MAX_TABS) {
                throw new AssertionError("Tab never reached \"" + name + "\" on " + driver.getCurrentUrl()
                        + "; the focus went to: " + passed);
            }
        }
        return this;
    }

    public WebElement activeElement() {
        return driver.switchTo().activeElement();
    }

    /** The name of what has the focus (see {@link #click(String)}), or of its label for a field. */
    public String focused() {
        return AccessibleNames.of(driver, activeElement());
    }

    /** Waits until the page's visible text contains {@code text}, e.g. after an htmx swap. */
    public Browser waitFor(String text) {
        waitFor("the text \"" + text + "\"", d -> text().contains(text));
        arrived();
        return this;
    }

    public Browser waitUntilGone(String text) {
        waitFor("the text \"" + text + "\" to disappear", d -> !text().contains(text));
        arrived();
        return this;
    }

    /** Waits until the browser is on this path of the app (query aside). */
    public Browser waitForPath(String path) {
        waitFor("the path " + path, d -> onHome() && path.equals(URI.create(d.getCurrentUrl()).getPath()));
        arrived();
        return this;
    }

    /** Waits for any condition, {@code ExpectedConditions} included, and returns its first non-null, non-false value. */
    public <T> T waitFor(Function<? super WebDriver, T> condition) {
        return waitFor("a condition", condition);
    }

    /** The visible text of the page. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** The CSS pixels the page has to lay itself out in. */
    public long viewportWidth() {
        return (Long) script("return document.documentElement.clientWidth;");
    }

    /** Fails when the page is wider than the window, so that a reader would have to scroll sideways. */
    public Browser assertFitsWidth() {
        if (viewportWidth() > window.width()) {
            throw new AssertionError(driver.getCurrentUrl() + " lays itself out " + viewportWidth() + " px wide in a "
                    + "window of " + window.width() + " px: it lacks <meta name=\"viewport\" "
                    + "content=\"width=device-width\">, so a phone shows it shrunk");
        }
        long width = (Long) script("return document.documentElement.scrollWidth;");
        if (width > viewportWidth()) {
            throw new AssertionError(driver.getCurrentUrl() + " is " + width + " px wide in a window of "
                    + viewportWidth() + " px: a reader has to scroll sideways (WCAG 1.4.10)");
        }
        return this;
    }

    /**
     * Saves what the window shows as a PNG: to {@code docs/screenshots/<name>.png} of the repository when the
     * system property {@code koers.screenshots} is true (for the README), else to {@code target/screenshots/}.
     */
    public Path screenshot(String name) {
        Path directory = Boolean.getBoolean("koers.screenshots")
                ? Path.of(System.getProperty("koers.repo", "..")).resolve("docs/screenshots")
                : Path.of("target/screenshots");
        try {
            Path file = Files.createDirectories(directory).resolve(name + ".png").toAbsolutePath().normalize();
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #screenshot}, of the whole page: the window made as tall as the page (up to 2400 px), then restored. */
    public Path wholePageScreenshot(String name) {
        org.openqa.selenium.WebDriver.Window window = driver.manage().window();
        org.openqa.selenium.Dimension size = window.getSize();
        JavascriptExecutor script = (JavascriptExecutor) driver;
        long page = (Long) script.executeScript("return document.documentElement.scrollHeight;");
        long viewport = (Long) script.executeScript("return window.innerHeight;");
        window.setSize(new org.openqa.selenium.Dimension(size.getWidth(), (int) Math.min(2400, size.getHeight() - viewport + page)));
        try {
            return screenshot(name);
        } finally {
            window.setSize(size);
        }
    }

    /** Runs axe-core (WCAG 2.1 A and AA) on the page as it is now; fails listing each violation. */
    public Browser assertAccessible() {
        arrived();
        Accessibility.check(driver);
        checked.add(driver.getCurrentUrl());
        return this;
    }

    /** Every address the browser landed on, in order, the identity provider's included. */
    public List<String> visited() {
        return List.copyOf(visited);
    }

    /** Fails naming the pages of the app that were visited but never passed {@link #assertAccessible()}. */
    public Browser assertEveryPageChecked() {
        List<String> unchecked = visited.stream().filter(this::onHome).filter(url -> !checked.contains(url))
                .distinct().toList();
        if (!unchecked.isEmpty()) {
            throw new AssertionError("Pages visited but never checked for accessibility: " + unchecked);
        }
        return this;
    }

    /** The driver itself, for what this class does not offer. */
    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            Chromium.deleteProfile(profile);
        }
    }

    private void arrived() {
        String url = driver.getCurrentUrl();
        if (visited.isEmpty() || !visited.getLast().equals(url)) {
            visited.add(url);
        }
    }

    private boolean onHome() {
        return onHome(driver.getCurrentUrl());
    }

    private boolean onHome(String url) {
        URI uri = URI.create(url);
        return home.getScheme().equals(uri.getScheme()) && home.getHost().equals(uri.getHost())
                && home.getPort() == uri.getPort();
    }

    private WebElement displayed(By by) {
        return driver.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    private Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    /** Retries {@code action} while the page is still changing under it (an htmx swap, an animation). */
    private void act(String what, Supplier<WebElement> action) {
        waitFor(what, d -> action.get());
    }

    private <T> T waitFor(String what, Function<? super WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, PATIENCE)
                    .ignoring(StaleElementReferenceException.class)
                    .ignoring(ElementClickInterceptedException.class)
                    .ignoring(ElementNotInteractableException.class)
                    .until(condition);
        } catch (TimeoutException e) {
            String page = driver.findElements(By.tagName("body")).isEmpty() ? "" : text();
            throw new AssertionError("Waited " + PATIENCE.toSeconds() + " s for " + what + " on "
                    + driver.getCurrentUrl() + "; the page reads:\n"
                    + (page.length() > 1000 ? page.substring(0, 1000) + " ..." : page), e);
        }
    }
}
