package nl.koers.web.layout;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The options of a select or radio group, labelled in the reader's language from {@code <prefix>.<VALUE>}
 * (and {@code <prefix>.<VALUE>.description} when a choice needs a sentence of explanation).
 */
@Component
public class Choices {

    private final MessageSource messages;

    Choices(MessageSource messages) {
        this.messages = messages;
    }

    public List<Option> of(String prefix, List<String> values) {
        Locale locale = LocaleContextHolder.getLocale();
        return values.stream().map(value -> new Option(value, messages.getMessage(prefix + "." + value, null, locale),
                messages.getMessage(prefix + "." + value + ".description", null, null, locale))).toList();
    }
}
