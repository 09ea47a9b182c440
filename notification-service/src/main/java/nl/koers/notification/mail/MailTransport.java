package nl.koers.notification.mail;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writes and sends mails to an SMTP server: a batch over one connection. */
public interface MailTransport {

    /** What became of one mail of a batch. */
    sealed interface Outcome {
    }

    /** The server took it, with this subject. */
    record Sent(String subject) implements Outcome {
    }

    /** It could not be written or sent; {@code reason} is for the admin (never the mail's content). */
    record Failed(String reason) implements Outcome {
    }

    /** Sends {@code batch}; answers an outcome for every mail in it. */
    Map<UUID, Outcome> send(List<Outgoing> batch);
}
