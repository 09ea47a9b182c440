package nl.koers.notification.mail;

import nl.koers.notification.preference.Language;

/** The words of a mail in a language, for lists that show mails not sent yet (they have no stored subject). */
public interface MailTexts {

    String subject(Mail mail, Language language);
}
