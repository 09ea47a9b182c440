package nl.koers.system.browser;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The web app's own texts in one language, read from its message bundles in the repository, so that one
 * journey runs in Dutch and in English and finds its labels and buttons as a person reading that language
 * would. Formats as Spring does: MessageFormat only when there are arguments.
 */
final class Texts {

    private final Properties texts = new Properties();
    private final Locale locale;

    Texts(Locale locale) {
        this.locale = locale;
        Path bundles = Path.of(System.getProperty("koers.repo", "..")).resolve("web/src/main/resources");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(bundles, "messages*_" + locale.getLanguage() + ".properties")) {
            for (Path file : files) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    texts.load(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The web app's message bundles are not at " + bundles, e);
        }
    }

    String get(String key, Object... arguments) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("No text " + key + " in the web app's " + locale + " bundles");
        }
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }
}
