package nl.koers.notification;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import nl.koers.defaults.messaging.EventJson;
import nl.koers.defaults.messaging.IncomingEvents;
import nl.koers.events.CohortFacts;
import nl.koers.events.CohortOpened;
import nl.koers.events.DomainEvent;
import nl.koers.events.EnrolmentConfirmed;
import nl.koers.events.EnrolmentWithdrawn;
import nl.koers.events.ErasureRequested;
import nl.koers.events.EventCatalog;
import nl.koers.events.ParticipantProfileUpdated;
import nl.koers.events.SessionFacts;
import nl.koers.events.SessionScheduled;
import nl.koers.notification.cohort.MemberStatus;
import nl.koers.notification.cohort.Rosters;
import nl.koers.notification.recipient.Recipient;
import nl.koers.notification.recipient.Recipients;
import nl.koers.notification.session.Sessions;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.TestInfrastructure;
import nl.koers.testsupport.TestKafka;
import nl.koers.testsupport.TestTokens;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Utils;

/**
 * Sets the scene the way production does: profiles, cohorts, enrolments and sessions arrive as CloudEvents records
 * on Kafka, as enrolment-service and trajectory-service publish them, and the stage waits until the service's
 * projections hold them. Each test makes its own people ({@link #person}) with addresses of their own.
 */
final class Stage {

    static final Duration CONVERGENCE = Duration.ofSeconds(20);
    static final Duration MAIL = Duration.ofSeconds(20);

    final TestKafka kafka = new TestKafka(TestInfrastructure.get().kafkaBootstrapServers());
    private final Recipients recipients;
    private final Rosters rosters;
    private final Sessions sessions;
    private final Api api;
    private final Map<UUID, AtomicLong> rosterVersions = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> profileVersions = new ConcurrentHashMap<>();

    Stage(Recipients recipients, Rosters rosters, Sessions sessions, int port) {
        this.recipients = recipients;
        this.rosters = rosters;
        this.sessions = sessions;
        this.api = new Api("http://127.0.0.1:" + port);
    }

    Api api() {
        return api;
    }

    /** A user id of this test's own, such as {@code anna-3f2a1b9c}. */
    static String person(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String address(String user) {
        return user + "@roc-example.nl";
    }

    static String token(String user, String role) {
        return TestTokens.get().mint(user, role);
    }

    /** A participant's profile with their address and name, known to the service once this returns. */
    ParticipantProfileUpdated profile(String participant, String displayName) {
        ParticipantProfileUpdated profile = new ParticipantProfileUpdated(UUID.randomUUID(), Instant.now(), participant,
                profileVersions.computeIfAbsent(participant, p -> new AtomicLong()).incrementAndGet(), displayName,
                "ROC Midden", "MBO", address(participant));
        send(profile);
        await().atMost(CONVERGENCE).until(() -> recipients.find(participant).map(Recipient::address)
                .filter(address(participant)::equals).isPresent());
        return profile;
    }

    /**
     * Profiles for many participants at once, each named after their id and all with {@code address}, so one mailbox
     * holds all their mail; known to the service once this returns.
     */
    void profiles(List<String> participants, String address) {
        participants.forEach(participant -> send(new ParticipantProfileUpdated(UUID.randomUUID(), Instant.now(),
                participant, profileVersions.computeIfAbsent(participant, p -> new AtomicLong()).incrementAndGet(),
                participant, "ROC Midden", "MBO", address)));
        await().atMost(CONVERGENCE).until(() -> recipients.findAll(participants).size() == participants.size());
    }

    /** An open cohort with these facilitators, known to the service once this returns. */
    UUID cohort(List<String> facilitators, String... confirmed) {
        UUID cohort = UUID.randomUUID();
        send(new CohortOpened(UUID.randomUUID(), Instant.now(), cohort, 2, new CohortFacts(UUID.randomUUID(), "OPEN",
                30, LocalDate.now(), LocalDate.now().plusMonths(6), null, null, facilitators)));
        await().atMost(CONVERGENCE).until(() -> "OPEN".equals(rosters.of(cohort).status()));
        for (String participant : confirmed) {
            confirm(cohort, participant);
        }
        await().atMost(CONVERGENCE).until(() -> rosters.of(cohort).participants(EnumSet.of(MemberStatus.CONFIRMED))
                .size() == confirmed.length);
        return cohort;
    }

    EnrolmentConfirmed confirm(UUID cohort, String participant) {
        EnrolmentConfirmed confirmed = new EnrolmentConfirmed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), cohort,
                participant, nextRosterVersion(cohort));
        send(confirmed);
        return confirmed;
    }

    EnrolmentWithdrawn withdraw(UUID cohort, String participant) {
        EnrolmentWithdrawn withdrawn = new EnrolmentWithdrawn(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), cohort,
                participant, nextRosterVersion(cohort));
        send(withdrawn);
        return withdrawn;
    }

    long nextRosterVersion(UUID cohort) {
        return rosterVersions.computeIfAbsent(cohort, c -> new AtomicLong()).incrementAndGet();
    }

    void awaitPlace(UUID cohort, String participant, MemberStatus status) {
        await().atMost(CONVERGENCE).until(() -> rosters.of(cohort).members().get(participant) == status);
    }

    /** A scheduled session of {@code cohort}, known to the service once this returns. */
    SessionScheduled session(UUID cohort, Instant startsAt, String title, String place) {
        UUID session = UUID.randomUUID();
        SessionScheduled scheduled = new SessionScheduled(UUID.randomUUID(), Instant.now(), session, 1,
                new SessionFacts(cohort, UUID.randomUUID(), 1, startsAt, startsAt.plus(Duration.ofHours(3)), "SCHEDULED",
                        title, place, null));
        send(scheduled);
        await().atMost(CONVERGENCE).until(() -> sessions.find(session).isPresent());
        return scheduled;
    }

    /** enrolment-service asks every service to erase {@code participant}; answers the request. */
    ErasureRequested requestErasure(String participant) {
        ErasureRequested requested = new ErasureRequested(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                participant, "participant");
        send(requested);
        return requested;
    }

    /** Every event published on {@code topic} so far, read back as the records they were written from. */
    List<DomainEvent> published(String topic) {
        return kafka.readAll(topic, Duration.ofSeconds(2)).stream()
                .flatMap(r -> IncomingEvents.read(r).stream()).toList();
    }

    /**
     * A user id of this test's own whose records land on the same partition of {@code topic} as {@code key}'s: a fact
     * about it, handled after one about {@code key}, proves the one before was handled too.
     */
    String personOnPartitionOf(String topic, String key, String name) {
        int partitions = partitions(topic);
        int wanted = partition(key, partitions);
        while (true) {
            String candidate = person(name);
            if (partition(candidate, partitions) == wanted) {
                return candidate;
            }
        }
    }

    private static int partition(String key, int partitions) {
        // Kafka's default partitioner for a keyed record.
        return Utils.toPositive(Utils.murmur2(
                key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private static int partitions(String topic) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrapServers()))) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    void send(DomainEvent event) {
        EventCatalog.Entry entry = EventCatalog.of(event);
        kafka.send(entry.topic(), event.subject(), entry.cloudEventType(), EventJson.write(event));
    }
}
