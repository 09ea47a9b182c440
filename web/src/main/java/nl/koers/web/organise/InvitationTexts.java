package nl.koers.web.organise;

import java.util.Locale;
import nl.koers.web.organise.InvitationModels.RowProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A row's problem in the reader's language, beside the row: {@code invitations.problem.<code>} with the column's
 * name ({@code invitations.column.<field>}), such as "E-mailadres ontbreekt". A code the web app has no text for
 * yet still says which column to look at. Used from templates as {@code @invitationTexts}.
 */
@Component("invitationTexts")
public class InvitationTexts {

    private final MessageSource messages;

    InvitationTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String problem(RowProblem problem) {
        Locale locale = LocaleContextHolder.getLocale();
        String column = problem.field() == null ? null
                : messages.getMessage("invitations.column." + problem.field(), null, null, locale);
        String known = problem.code() == null ? null
                : messages.getMessage("invitations.problem." + problem.code(), new Object[] {column == null ? "" : column},
                        null, locale);
        if (known != null) {
            return known;
        }
        return column == null ? messages.getMessage("invitations.problem.row", null, locale)
                : messages.getMessage("invitations.problem.other", new Object[] {column}, locale);
    }
}
