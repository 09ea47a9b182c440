package nl.koers.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Reads a mail Koers sent as its recipient's mail and calendar programs would: its kind (the {@code X-Koers-Kind}
 * header notification-service writes), its text and HTML parts, its attachments, and the meeting in its
 * {@code text/calendar} part, parsed with ical4j. For the services' tests ({@link TestSmtp}) and the system tests.
 */
public final class MailMessages {

    private MailMessages() {
    }

    public static Predicate<MimeMessage> ofKind(String kind) {
        return message -> kind.equals(kind(message));
    }

    public static Predicate<MimeMessage> ofKind(String kind, Object about) {
        return message -> kind.equals(kind(message)) && text(message).contains(String.valueOf(about));
    }

    /** notification-service names each mail's kind in a header. */
    public static String kind(MimeMessage message) {
        try {
            return message.getHeader("X-Koers-Kind", null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    /** The file names of the message's attachments. */
    public static List<String> attachments(Part part) {
        List<String> names = new ArrayList<>();
        try {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                names.add(part.getFileName());
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    names.addAll(attachments(multipart.getBodyPart(i)));
                }
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** The meeting the message carries in its text/calendar part; its METHOD must be {@code method}, one VEVENT. */
    public static VEvent meeting(MimeMessage message, String method) {
        String ics = part(message, "text/calendar");
        assertThat(ics).as("a text/calendar part").isNotEmpty();
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            assertThat(calendar.<Property>getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo(method);
            List<VEvent> events = calendar.getComponents(Component.VEVENT);
            assertThat(events).hasSize(1);
            return events.getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).orElseThrow().getValue();
    }

    /** The first part of that type anywhere in the message's tree of parts; empty when there is none. */
    public static String part(Part part, String type) {
        try {
            if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                Object content = part.getContent();
                return content instanceof String text ? text
                        : new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    String found = part(child, type);
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
            return "";
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
