package nl.koers.trajectory.report.web;

import java.util.Locale;
import nl.koers.trajectory.report.ReportCsv;
import org.springframework.context.MessageSource;

/**
 * A CSV report's words in the reader's language, from the {@code reports/labels} messages: Dutch for
 * {@code Accept-Language: nl}, English otherwise. The decimal separator follows the bundle that answered
 * ({@code number.locale}), so Dutch words never come with English decimals.
 */
final class ReportLabels implements ReportCsv.Labels {

    private final MessageSource messages;
    private final Locale locale;

    ReportLabels(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    @Override
    public String word(String code) {
        return messages.getMessage(code, null, null, locale);
    }

    @Override
    public Locale numbers() {
        return Locale.forLanguageTag(messages.getMessage("number.locale", null, "en", locale));
    }
}
