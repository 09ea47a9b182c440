package nl.koers.notification.mail.smtp;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import nl.koers.notification.mail.MailTransport;
import nl.koers.notification.mail.Outgoing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends a batch of mails over one SMTP connection with Spring's {@link JavaMailSender}. Each mail is
 * {@code multipart/alternative} (plain text, HTML); a session's mail adds the meeting as a
 * {@code text/calendar; method=...} alternative, which Outlook and others act on, and as an {@code invite.ics}
 * attachment for programs that only read attachments, the two inside {@code multipart/mixed}. Its Message-ID is the
 * mail's id, so a repeat after a crash is recognisably the same message; {@code X-Koers-Kind} names the kind for
 * support, and {@code Auto-Submitted} tells mail servers not to answer it with an out-of-office reply.
 */
class SmtpTransport implements MailTransport {

    static final String KIND_HEADER = "X-Koers-Kind";
    private static final Logger log = LoggerFactory.getLogger(SmtpTransport.class);

    private final JavaMailSender sender;
    private final MailTemplates templates;
    private final InternetAddress from;
    private final Clock clock;

    SmtpTransport(JavaMailSender sender, MailTemplates templates, InternetAddress from, Clock clock) {
        this.sender = sender;
        this.templates = templates;
        this.from = from;
        this.clock = clock;
    }

    @Override
    public Map<UUID, Outcome> send(List<Outgoing> batch) {
        Map<UUID, Outcome> outcomes = new HashMap<>();
        Map<MimeMessage, UUID> written = new IdentityHashMap<>();
        Map<UUID, String> subjects = new HashMap<>();
        Instant now = clock.instant();
        List<MimeMessage> messages = new ArrayList<>();
        for (Outgoing outgoing : batch) {
            UUID id = outgoing.mail().id();
            try {
                Composed composed = templates.compose(outgoing, now);
                MimeMessage message = message(outgoing, composed, now);
                written.put(message, id);
                subjects.put(id, oneLine(composed.subject()));
                messages.add(message);
            } catch (MessagingException | RuntimeException e) {
                // A mail that cannot be written (a malformed address) fails alone; the batch goes on.
                log.warn("Mail {} could not be written: {}", id, e.getMessage());
                outcomes.put(id, new Failed("The mail could not be written: " + e.getMessage()));
            }
        }
        if (messages.isEmpty()) {
            return outcomes;
        }
        Map<Object, Exception> failed = Map.of();
        try {
            sender.send(messages.toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            failed = e.getFailedMessages();
            if (failed.isEmpty()) {
                failed = everyOne(messages, e);
            }
        } catch (MailException e) {
            // Authentication refused, or the like: nothing of the batch went out.
            failed = everyOne(messages, e);
        }
        for (MimeMessage message : messages) {
            UUID id = written.get(message);
            Exception failure = failed.get(message);
            outcomes.put(id, failure == null ? new Sent(subjects.get(id)) : new Failed(describe(failure)));
        }
        if (!failed.isEmpty()) {
            log.warn("{} of {} mails were not taken by the SMTP server: {}", failed.size(), messages.size(),
                    describe(failed.values().iterator().next()));
        }
        return outcomes;
    }

    private MimeMessage message(Outgoing outgoing, Composed composed, Instant now) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, recipient(outgoing));
        message.setSubject(oneLine(composed.subject()), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(now));
        message.setHeader("Message-ID", "<" + outgoing.mail().id() + "@koers>");
        message.setHeader(KIND_HEADER, outgoing.mail().kind().name());
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("Content-Language", outgoing.language().code());
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text(composed.text(), "plain"));
        alternative.addBodyPart(text(composed.html(), "html"));
        if (composed.calendar() == null) {
            message.setContent(alternative);
            return message;
        }
        byte[] calendar = composed.calendar().getBytes(StandardCharsets.UTF_8);
        MimeBodyPart meeting = new MimeBodyPart();
        meeting.setDataHandler(new DataHandler(new ByteArrayDataSource(calendar,
                "text/calendar; charset=UTF-8; method=" + composed.meetingMethod())));
        alternative.addBodyPart(meeting);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(calendar,
                "application/ics; name=invite.ics")));
        attachment.setFileName("invite.ics");
        attachment.setDisposition(Part.ATTACHMENT);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(attachment);
        message.setContent(mixed);
        return message;
    }

    private static InternetAddress recipient(Outgoing outgoing) throws MessagingException {
        InternetAddress address = new InternetAddress(outgoing.address(), true);
        if (outgoing.displayName() != null) {
            try {
                address.setPersonal(oneLine(outgoing.displayName()), StandardCharsets.UTF_8.name());
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException("UTF-8 is part of every JDK", e);
            }
        }
        return address;
    }

    /**
     * A header value on one line: a session title or a name with a line break in it must not start a header of its
     * own (header injection), so control characters become spaces.
     */
    static String oneLine(String value) {
        return value.replaceAll("\\p{Cntrl}+", " ").strip();
    }

    private static MimeBodyPart text(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, StandardCharsets.UTF_8.name(), subtype);
        return part;
    }

    private static Map<Object, Exception> everyOne(List<MimeMessage> messages, Exception e) {
        Map<Object, Exception> all = new IdentityHashMap<>();
        messages.forEach(message -> all.put(message, e));
        return all;
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == e ? message : e.getMessage() + " (" + message + ")";
    }
}
