package nl.koers.system.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through Debian's chromedriver of the same version, with a profile of its
 * own. Both paths are given explicitly, so Selenium Manager (which would try the internet for a driver) never
 * runs; the flags keep Chromium from phoning home on a closed network.
 */
final class Chromium {

    static final File DRIVER = new File("/usr/bin/chromedriver");
    /** The binary itself: {@code /usr/bin/chromium} is a launcher script that adds flags of its own. */
    static final File BINARY = new File("/usr/lib/chromium/chromium");

    private static final List<String> QUIET_HEADLESS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync");
    private static final int MIN_WINDOW_WIDTH = 500;
    /**
     * Selenium looks for devtools classes matching the browser at every start and warns once per browser when
     * Debian's Chromium is newer or older than those it ships; nothing here uses devtools. Held in a field:
     * java.util.logging keeps loggers weakly, and a collected one would forget its level.
     */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    }

    private Chromium() {
    }

    /** A fresh profile directory for one session; {@link #deleteProfile(Path)} removes it after quitting. */
    static Path newProfile() {
        try {
            return Files.createTempDirectory("koers-browser-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ChromeDriver start(Locale language, Browser.Window window, Path profile) {
        for (File required : List.of(DRIVER, BINARY)) {
            if (!required.canExecute()) {
                throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                        + "sudo apt-get install -y chromium chromium-driver (" + required + " is missing)");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments(QUIET_HEADLESS);
        options.addArguments("--window-size=" + window.width() + "," + window.height(),
                "--user-data-dir=" + profile);
        if (window.width() < MIN_WINDOW_WIDTH) {
            // Chromium will not make a window narrower than 500 px, headless or not, so a narrow viewport is a
            // phone's, emulated: laid out by the page's viewport meta tag as a phone would, at one pixel per pixel.
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", window.width(),
                    "height", window.height(), "pixelRatio", 1.0, "mobile", true, "touch", false)));
        }
        // Headless Chromium ignores --lang for the Accept-Language header; only this preference sets it.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language.toLanguageTag()));
        options.setPageLoadTimeout(Duration.ofSeconds(30));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    static void deleteProfile(Path profile) {
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (NoSuchFileException gone) {
            // Already removed, which is all that was wanted.
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the browser profile " + profile, e);
        }
    }
}
