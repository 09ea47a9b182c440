package nl.koers.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.containers.GenericContainer;

/**
 * The real SMTP server of a test JVM: GreenMail, the server {@code deploy/local/up} runs, chosen by the same switch
 * as {@link TestInfrastructure} (the {@code greenmail/standalone} image when a Docker engine answers, the same
 * server in process otherwise). Tests read what was sent as a person's mail program would, over IMAP: GreenMail
 * files each delivered message in its recipient's mailbox, whose login and password are the address (in process
 * the tests read that mailbox directly, which is as real and much faster).
 */
public final class TestSmtp {

    public static final String GREENMAIL_IMAGE = "greenmail/standalone:2.1.8";
    private static final int SMTP = 3025;
    private static final int IMAP = 3143;
    private static final int API = 8080;

    private static TestSmtp instance;

    private final GenericContainer<?> container;
    private final int smtpPort;
    private final int imapPort;
    private GreenMail embedded;

    private TestSmtp(GreenMail embedded, GenericContainer<?> container, int smtpPort, int imapPort) {
        this.embedded = embedded;
        this.container = container;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    public static synchronized TestSmtp get() {
        if (instance == null) {
            instance = TestInfrastructure.useContainers() ? startContainer() : startEmbedded();
        }
        return instance;
    }

    /** Points a Spring Boot test's mail sender at this server. Call from a {@code @DynamicPropertySource} method. */
    public static void register(DynamicPropertyRegistry registry) {
        TestSmtp smtp = get();
        registry.add("spring.mail.host", smtp::host);
        registry.add("spring.mail.port", smtp::smtpPort);
    }

    public String host() {
        return container == null ? "127.0.0.1" : container.getHost();
    }

    public int smtpPort() {
        return smtpPort;
    }

    /**
     * Every message delivered to {@code address} so far, oldest first: read from the server in process (fast), or
     * over IMAP from the container.
     */
    public List<MimeMessage> messagesTo(String address) {
        if (container == null) {
            return inProcessMessagesTo(address);
        }
        Properties properties = new Properties();
        properties.setProperty("mail.imap.connectiontimeout", "5000");
        properties.setProperty("mail.imap.timeout", "5000");
        Store store = null;
        try {
            store = Session.getInstance(properties).getStore("imap");
            store.connect(host(), imapPort, address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] received = inbox.getMessages();
            // Whole messages in one round trip, instead of one fetch per part when each is copied below.
            FetchProfile whole = new FetchProfile();
            whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
            inbox.fetch(received, whole);
            List<MimeMessage> messages = new ArrayList<>();
            for (Message message : received) {
                // A copy that stays readable after the connection closes.
                messages.add(new MimeMessage((MimeMessage) message));
            }
            inbox.close(false);
            return messages;
        } catch (jakarta.mail.AuthenticationFailedException noMailboxYet) {
            return List.of();
        } catch (MessagingException e) {
            throw new IllegalStateException("Reading the mailbox of " + address + " failed", e);
        } finally {
            closeQuietly(store);
        }
    }

    private List<MimeMessage> inProcessMessagesTo(String address) {
        GreenMailUser user = embedded.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        try {
            return embedded.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                    .map(StoredMessage::getMimeMessage).toList();
        } catch (FolderException e) {
            throw new IllegalStateException("Reading the mailbox of " + address + " failed", e);
        }
    }

    /** Waits until {@code address} has received a message that {@code wanted} accepts, and returns it. */
    public MimeMessage awaitMessageTo(String address, Predicate<MimeMessage> wanted, Duration timeout) {
        return Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(100))
                .until(() -> messagesTo(address).stream().filter(wanted).findFirst().orElse(null), m -> m != null);
    }

    /** Waits until {@code address} has received {@code count} messages, and returns them all. */
    public List<MimeMessage> awaitMessagesTo(String address, int count, Duration timeout) {
        return Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(100))
                .until(() -> messagesTo(address), messages -> messages.size() >= count);
    }

    /** Empties every mailbox. */
    public void purge() {
        if (container == null) {
            try {
                embedded.purgeEmailFromAllMailboxes();
            } catch (FolderException e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        String api = "http://" + container.getHost() + ":" + container.getMappedPort(API) + "/api/mail/purge";
        try (HttpClient client = HttpClient.newHttpClient()) {
            client.send(HttpRequest.newBuilder(URI.create(api)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code during} while the server is away, then brings it back on the same port: an outage as a service
     * sees it. Mail delivered before the outage is gone afterwards in process (the container keeps it).
     */
    public synchronized void outage(Runnable during) {
        if (container != null) {
            var docker = container.getDockerClient();
            docker.pauseContainerCmd(container.getContainerId()).exec();
            try {
                during.run();
            } finally {
                docker.unpauseContainerCmd(container.getContainerId()).exec();
            }
            return;
        }
        embedded.stop();
        try {
            during.run();
        } finally {
            embedded = new GreenMail(setups(smtpPort, imapPort));
            embedded.start();
        }
    }

    private static ServerSetup[] setups(int smtp, int imap) {
        return new ServerSetup[] {new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)};
    }

    private static TestSmtp startEmbedded() {
        ServerSetup[] dynamic = {new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort()};
        GreenMail greenMail = new GreenMail(dynamic);
        greenMail.start();
        // Restarted after an outage on the ports it got now, so a service under test keeps its settings.
        int smtp = greenMail.getSmtp().getPort();
        int imap = greenMail.getImap().getPort();
        TestSmtp smtpServer = new TestSmtp(greenMail, null, smtp, imap);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> smtpServer.embedded.stop()));
        return smtpServer;
    }

    @SuppressWarnings("resource") // stopped by the shutdown hook
    private static TestSmtp startContainer() {
        GenericContainer<?> greenMail = new GenericContainer<>(GREENMAIL_IMAGE).withExposedPorts(SMTP, IMAP, API)
                .withEnv("GREENMAIL_OPTS", "-Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap "
                        + "-Dgreenmail.hostname=0.0.0.0 -Dgreenmail.api.port=" + API);
        greenMail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
        return new TestSmtp(null, greenMail, greenMail.getMappedPort(SMTP), greenMail.getMappedPort(IMAP));
    }

    private static void closeQuietly(Store store) {
        if (store != null) {
            try {
                store.close();
            } catch (MessagingException ignored) {
                // the messages are already copied
            }
        }
    }
}
