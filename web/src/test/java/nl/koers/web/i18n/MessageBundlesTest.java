package nl.koers.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in both languages, so no page ever shows a key or falls back to the other language. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "messages-questions", "messages-reflection", "messages-facilitation"})
    void hasEveryKeyInDutchAndInEnglish(String bundle) {
        Properties dutch = load(bundle + "_nl.properties");
        Properties english = load(bundle + "_en.properties");

        assertThat(english.stringPropertyNames()).as("keys of " + bundle + "_en missing in _nl")
                .isSubsetOf(dutch.stringPropertyNames());
        assertThat(dutch.stringPropertyNames()).as("keys of " + bundle + "_nl missing in _en")
                .isSubsetOf(english.stringPropertyNames());
        assertThat(List.of(dutch, english)).allSatisfy(texts -> texts.stringPropertyNames()
                .forEach(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank()));
    }

    /**
     * Spring formats a text with MessageFormat only when it has arguments: there an apostrophe must be doubled,
     * and in a text without arguments a doubled one would show twice.
     */
    @ParameterizedTest
    @ValueSource(strings = {"messages", "messages-questions", "messages-reflection", "messages-facilitation"})
    void writesApostrophesSoTheyShowOnce(String bundle) {
        for (String language : List.of("_nl", "_en")) {
            Properties texts = load(bundle + language + ".properties");
            texts.stringPropertyNames().forEach(key -> {
                String text = texts.getProperty(key);
                boolean formatted = text.matches("(?s).*\\{\\d.*");
                assertThat(formatted ? text.replace("''", "").contains("'") : text.contains("''"))
                        .as(bundle + language + ": " + key + " = " + text).isFalse();
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "messages-questions", "messages-reflection", "messages-facilitation"})
    void keepsEveryKeyInOneBundleOnly(String bundle) {
        Set<String> mine = load(bundle + "_nl.properties").stringPropertyNames();
        for (String other : List.of("messages", "messages-questions", "messages-reflection", "messages-facilitation")) {
            Set<String> theirs = load(other + "_nl.properties").stringPropertyNames();
            if (!other.equals(bundle) && !theirs.isEmpty()) {
                assertThat(mine).as(bundle + " and " + other).doesNotContainAnyElementsOf(theirs);
            }
        }
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (var in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
