package nl.koers.notification.mail;

import nl.koers.notification.preference.Language;

/**
 * A claimed mail with what was resolved for it at sending time: where it goes, whom it greets, in which language.
 *
 * @param displayName null when no name is known: the greeting then has none
 */
public record Outgoing(Mail mail, String address, String displayName, Language language) {
}
