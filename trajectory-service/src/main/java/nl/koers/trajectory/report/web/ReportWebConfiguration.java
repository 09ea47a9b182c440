package nl.koers.trajectory.report.web;

import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The report's CSV rendering: its words ({@code reports/labels*.properties}, a message source of its own so it
 * does not depend on, or become, the application's {@code messageSource}) and the converter that writes it.
 */
@Configuration(proxyBeanMethods = false)
class ReportWebConfiguration {

    @Bean
    ReportCsvConverter reportCsvConverter() {
        ResourceBundleMessageSource labels = new ResourceBundleMessageSource();
        labels.setBasename("reports/labels");
        labels.setDefaultEncoding(StandardCharsets.UTF_8.name());
        // English is the bundle without a language; a reader's other language must not fall back to the server's.
        labels.setFallbackToSystemLocale(false);
        return new ReportCsvConverter(labels);
    }
}
