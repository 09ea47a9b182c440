package nl.koers.web.layout;

import java.util.Locale;
import nl.koers.web.api.ApiProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns the API's refusal into a sentence in the reader's language: the problem's code has its own text
 * ({@code problem.cohort-not-open}) where Koers knows it; otherwise the API's own detail, which is English,
 * after a sentence in the reader's language. Used from templates as {@code @problems}.
 */
@Component("problems")
public class ProblemTexts {

    private final MessageSource messages;

    ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(ApiProblem problem) {
        Locale locale = LocaleContextHolder.getLocale();
        String known = messages.getMessage("problem." + problem.code(), null, null, locale);
        if (known != null) {
            return known;
        }
        String general = messages.getMessage("problem.general", null, locale);
        return problem.detail() == null || problem.detail().isBlank() ? general : general + " " + problem.detail();
    }
}
