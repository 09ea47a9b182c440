package nl.koers.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mailboxes of the local stack's SMTP server (GreenMail), read through its web API as the README tells a
 * person to: every message Koers sent, whole (headers, parts, attachments), as its recipient would get it.
 */
public final class Mailboxes {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Session SESSION = Session.getInstance(new Properties());

    private final String api;

    public Mailboxes(LocalStack stack) {
        this.api = stack.smtpApiUrl();
    }

    /** Every message delivered to {@code address}, oldest first; none when it has no mailbox yet. */
    public List<MimeMessage> to(String address) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(api + "/api/user/"
                + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX")).GET().build());
        if (response.statusCode() == 404 || response.statusCode() == 400) {
            return List.of();
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GreenMail answered " + response.statusCode() + ": " + response.body());
        }
        List<MimeMessage> messages = new ArrayList<>();
        for (JsonNode item : JSON.readTree(response.body())) {
            try {
                messages.add(new MimeMessage(SESSION, new ByteArrayInputStream(
                        item.path("mimeMessage").asString().getBytes(StandardCharsets.UTF_8))));
            } catch (MessagingException e) {
                throw new IllegalStateException("An unreadable message for " + address, e);
            }
        }
        return messages;
    }

    /** Waits until {@code address} received a message {@code wanted} accepts, and returns it. */
    public MimeMessage awaitMessage(String address, Predicate<MimeMessage> wanted, Duration timeout) {
        return Awaitility.await("a mail to " + address).atMost(timeout).pollInterval(Duration.ofMillis(50))
                .until(() -> to(address).stream().filter(wanted).findFirst().orElse(null), m -> m != null);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
