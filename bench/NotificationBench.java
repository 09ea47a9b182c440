import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import nl.koers.events.CohortOpened;
import nl.koers.events.CohortPlanned;
import nl.koers.events.EnrolmentConfirmed;
import nl.koers.events.ParticipantProfileUpdated;
import nl.koers.events.SessionFacts;
import nl.koers.events.SessionRescheduled;
import nl.koers.events.SessionScheduled;
import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * Measures notification-service on a running local stack:
 * (1) the time from an enrolment's 201 at the gateway to its confirmation mail in the SMTP server (GreenMail, read
 * through its API as the README tells), for N participants one after another: median and worst;
 * (2) mails per second when a session of a cohort of P confirmed participants is rescheduled: the cohort's facts
 * are produced straight to Kafka as the real contract records (as OutcomeReportBench does), every participant with
 * the same address, so one IMAP mailbox counts them; the time runs from the SessionRescheduled record until the
 * P-th update is in the mailbox;
 * (3) the service's start-up time from its log, and its resident memory now.
 *
 * Run from the repository root, on a stack with at least 30 + N demo participants:
 *   ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=/tmp/koers-ncp.txt -pl notification-service
 *   java -cp "$(cat /tmp/koers-ncp.txt):service-defaults/target/classes:event-contracts/target/classes" \
 *     bench/NotificationBench.java 50 500
 * Args: N enrolments (participant31..), P participants, gateway URL, SMTP API URL, IMAP port, Kafka, run dir.
 * JDK 22+ (multi-file source launch: it uses EnrolmentLatency's and OutcomeReportBench's helpers).
 */
public class NotificationBench {

    public static void main(String[] args) throws Exception {
        int enrolments = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int participants = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        String gateway = args.length > 2 ? args[2] : "http://127.0.0.1:8080";
        String smtpApi = args.length > 3 ? args[3] : "http://127.0.0.1:8025";
        int imapPort = args.length > 4 ? Integer.parseInt(args[4]) : 3143;
        String kafka = args.length > 5 ? args[5] : "127.0.0.1:9092";
        Path runDir = Path.of(args.length > 6 ? args[6] : "deploy/local/run");
        String run = UUID.randomUUID().toString().substring(0, 8);

        enrolmentToMail(enrolments, gateway, smtpApi, run);
        rescheduledSession(participants, kafka, imapPort, run);
        startUpAndMemory(runDir);
    }

    static void enrolmentToMail(int count, String gateway, String smtpApi, String run) throws Exception {
        String organiser = EnrolmentLatency.token("organiser");
        String trajectory = EnrolmentLatency.field(EnrolmentLatency.send("POST", gateway + "/api/trajectories", organiser,
                "{\"title\":\"Notification bench\",\"organiser\":\"Bench\",\"coalitionIds\":[]}").body(), "id");
        String cohort = PrivacyBench.openCohort(gateway, organiser, trajectory, (count + 9) / 10);
        List<String> tokens = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String user = "participant" + (31 + n);
            String token = EnrolmentLatency.token(user);
            String address = user + "." + run + "@bench.koers.test";
            PrivacyBench.ok(EnrolmentLatency.send("PUT", gateway + "/api/participants/me", token, "{\"displayName\":\"Bench "
                    + user + "\",\"email\":\"" + address + "\",\"institution\":\"ROC Bench\",\"sector\":\"MBO\",\"function\":\"docent\"}"));
            tokens.add(token);
            addresses.add(address);
        }
        // The profiles reach notification-service first, as they do when people fill them in days before.
        Thread.sleep(3000);
        List<Double> latencies = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String token = tokens.get(n);
            HttpResponse<String> enrolled = PrivacyBench.until(() -> EnrolmentLatency.send("POST", gateway + "/api/enrolments",
                    token, "{\"cohortId\":\"" + cohort + "\",\"motivation\":\"bench\"}"));
            long accepted = System.nanoTime();
            String mailbox = smtpApi + "/api/user/" + URLEncoder.encode(addresses.get(n), StandardCharsets.UTF_8)
                    + "/messages/INBOX";
            while (!hasMail(mailbox)) {
                if (System.nanoTime() - accepted > Duration.ofMinutes(1).toNanos()) {
                    throw new IllegalStateException("no mail to " + addresses.get(n) + " after a minute (" + enrolled.body() + ")");
                }
                Thread.sleep(2);
            }
            latencies.add((System.nanoTime() - accepted) / 1e6);
        }
        Collections.sort(latencies);
        System.out.printf("enrolment 201 -> confirmation mail in the SMTP server (n=%d, one after another): median %.0f ms,"
                + " p90 %.0f ms, worst %.0f ms%n", count, latencies.get(count / 2), latencies.get((int) (count * 0.9)),
                latencies.getLast());
    }

    static boolean hasMail(String mailbox) throws Exception {
        HttpResponse<String> answer = EnrolmentLatency.HTTP.send(HttpRequest.newBuilder(URI.create(mailbox)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() == 200 && answer.body().contains("\"uid\"");
    }

    static void rescheduledSession(int participants, String kafka, int imapPort, String run) throws Exception {
        String address = "cohort." + run + "@bench.koers.test";
        UUID trajectory = UUID.randomUUID();
        UUID cohort = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        Instant now = Instant.now();
        LocalDate startsOn = LocalDate.now().plusDays(20);
        Instant startsAt = now.plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
        try (KafkaProducer<String, byte[]> producer = OutcomeReportBench.producer(kafka)) {
            OutcomeReportBench.send(producer, new CohortPlanned(UUID.randomUUID(), now, cohort, 1,
                    OutcomeReportBench.facts(trajectory, "PLANNED", participants, startsOn)));
            OutcomeReportBench.send(producer, new CohortOpened(UUID.randomUUID(), now, cohort, 2,
                    OutcomeReportBench.facts(trajectory, "OPEN", participants, startsOn)));
            for (int p = 1; p <= participants; p++) {
                String participant = "bench-" + run + "-" + p;
                OutcomeReportBench.send(producer, new ParticipantProfileUpdated(UUID.randomUUID(), now, participant, 1,
                        "Bench " + p, "ROC Bench", "MBO", address));
                OutcomeReportBench.send(producer, new EnrolmentConfirmed(UUID.randomUUID(), now, UUID.randomUUID(), cohort,
                        participant, p));
            }
            producer.flush();
            Thread.sleep(5000); // the projections take the roster first; the bench measures the mails
            long scheduled = System.nanoTime();
            OutcomeReportBench.send(producer, new SessionScheduled(UUID.randomUUID(), Instant.now(), session, 1,
                    session(cohort, trajectory, startsAt)));
            producer.flush();
            int first = awaitCount(address, imapPort, participants, Duration.ofMinutes(10));
            double scheduledSeconds = (System.nanoTime() - scheduled) / 1e9;
            long rescheduled = System.nanoTime();
            OutcomeReportBench.send(producer, new SessionRescheduled(UUID.randomUUID(), Instant.now(), session, 2,
                    session(cohort, trajectory, startsAt.plus(Duration.ofDays(1)))));
            producer.flush();
            awaitCount(address, imapPort, first + participants, Duration.ofMinutes(10));
            double seconds = (System.nanoTime() - rescheduled) / 1e9;
            System.out.printf("session of a cohort of %d scheduled: %d mails in %.1f s (%.0f mails/s); rescheduled: %d"
                    + " mails in %.1f s (%.0f mails/s)%n", participants, participants, scheduledSeconds,
                    participants / scheduledSeconds, participants, seconds, participants / seconds);
        }
    }

    static SessionFacts session(UUID cohort, UUID trajectory, Instant startsAt) {
        return new SessionFacts(cohort, trajectory, 1, startsAt, startsAt.plus(Duration.ofHours(3)), "SCHEDULED",
                "Bench-bijeenkomst", "ROC Bench, lokaal 1", null);
    }

    /** Waits until the IMAP mailbox of {@code address} holds {@code count} messages; returns how many it holds. */
    static int awaitCount(String address, int imapPort, int count, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Store store = Session.getInstance(new Properties()).getStore("imap");
        while (!store.isConnected()) {
            try {
                store.connect("127.0.0.1", imapPort, address, address);
            } catch (jakarta.mail.AuthenticationFailedException noMailboxYet) {
                // GreenMail opens a mailbox with the first message delivered to it
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no mail to " + address + " after " + timeout);
                }
                Thread.sleep(20);
            }
        }
        try {
            while (true) {
                Folder inbox = store.getFolder("INBOX");
                int messages = inbox.exists() ? inbox.getMessageCount() : 0;
                if (messages >= count) {
                    return messages;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(messages + " of " + count + " mails to " + address + " after " + timeout);
                }
                Thread.sleep(20);
            }
        } finally {
            store.close();
        }
    }

    static void startUpAndMemory(Path runDir) throws Exception {
        String log = Files.readString(runDir.resolve("logs/notification-service.log"));
        Matcher started = Pattern.compile("Started \\w+ in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)").matcher(log);
        String last = null;
        while (started.find()) {
            last = started.group(1) + " s (process running for " + started.group(2) + " s)";
        }
        String pid = Files.readString(runDir.resolve("pids/notification-service.pid")).strip();
        String rss = Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(line -> line.startsWith("VmRSS:")).findFirst().orElse("VmRSS: ?").replaceAll("\\s+", " ");
        System.out.printf("notification-service: last start-up %s; %s%n", last, rss);
    }
}
