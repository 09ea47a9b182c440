package nl.koers.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Every text exists in both languages, so no page ever shows a key or falls back to the other language. The
 * bundles are those the app reads ({@code spring.messages.basename}), so a new one is checked without being named here.
 */
class MessageBundlesTest {

    static List<String> bundles() {
        try (var in = MessageBundlesTest.class.getClassLoader().getResourceAsStream("application.yml")) {
            Map<String, Object> yaml = new Yaml().load(in);
            Object basename = ((Map<?, ?>) ((Map<?, ?>) yaml.get("spring")).get("messages")).get("basename");
            return Arrays.stream(basename.toString().split(",")).map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
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
    @MethodSource("bundles")
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
    @MethodSource("bundles")
    void keepsEveryKeyInOneBundleOnly(String bundle) {
        Set<String> mine = load(bundle + "_nl.properties").stringPropertyNames();
        for (String other : bundles()) {
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
