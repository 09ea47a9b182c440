package nl.koers.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every text the report templates name exists in the report bundle (MessageBundlesTest checks that each of its keys
 * is in both languages), so no report page or PDF ever shows a message key.
 */
class ReportTemplateTextsTest {

    @Test
    void hasATextForEveryKeyTheReportTemplatesName() throws IOException {
        Properties dutch = load("messages-reports_nl.properties");
        Pattern key = Pattern.compile("#\\{(report\\.[A-Za-z0-9.]+)");
        try (var templates = Files.list(Path.of("src/main/resources/templates/report"))) {
            for (Path template : templates.toList()) {
                Matcher found = key.matcher(Files.readString(template, StandardCharsets.UTF_8));
                while (found.find()) {
                    String name = found.group(1).replaceAll("\\.$", "");
                    assertThat(dutch.stringPropertyNames().stream().anyMatch(k -> k.equals(name) || k.startsWith(name + ".")))
                            .as(template.getFileName() + ": " + name).isTrue();
                }
            }
        }
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (var in = ReportTemplateTextsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
