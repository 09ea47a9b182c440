package nl.koers.reflection;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import nl.koers.defaults.messaging.EventJson;
import nl.koers.defaults.messaging.IncomingEvents;
import nl.koers.events.CohortCompleted;
import nl.koers.events.CohortFacts;
import nl.koers.events.CohortOpened;
import nl.koers.events.DomainEvent;
import nl.koers.events.EnrolmentCompleted;
import nl.koers.events.EnrolmentConfirmed;
import nl.koers.events.EnrolmentWithdrawn;
import nl.koers.events.ErasureRequested;
import nl.koers.events.EventCatalog;
import nl.koers.events.SessionFacts;
import nl.koers.events.SessionScheduled;
import nl.koers.reflection.membership.MemberStatus;
import nl.koers.reflection.membership.Memberships;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.TestInfrastructure;
import nl.koers.testsupport.TestKafka;
import nl.koers.testsupport.TestTokens;

/**
 * Sets the scene for the service tests the way production does: cohorts, enrolments and sessions arrive as
 * raw CloudEvents records on Kafka (as trajectory-service and enrolment-service publish them), and the test
 * waits until the projection holds them. Also an HTTP client that sends any method with any header.
 */
final class Stage {

    static final Duration CONVERGENCE = Duration.ofSeconds(20);

    final TestKafka kafka = new TestKafka(TestInfrastructure.get().kafkaBootstrapServers());
    private final Memberships memberships;
    private final Api api;
    private final Map<UUID, AtomicLong> rosterVersions = new ConcurrentHashMap<>();

    Stage(Memberships memberships, int port) {
        this.memberships = memberships;
        this.api = new Api("http://127.0.0.1:" + port);
    }

    Api api() {
        return api;
    }

    static String token(String user, String role) {
        return TestTokens.get().mint(user, role);
    }

    /** A cohort of a new trajectory with these facilitators, known to the service once this returns. */
    UUID cohort(List<String> facilitators, String... confirmed) {
        UUID cohort = UUID.randomUUID();
        send(new CohortOpened(UUID.randomUUID(), Instant.now(), cohort, 2, new CohortFacts(UUID.randomUUID(), "OPEN",
                30, LocalDate.now(), LocalDate.now().plusMonths(6), null, null, facilitators)));
        await().atMost(CONVERGENCE).until(() -> memberships.of(cohort).isKnown());
        for (String participant : confirmed) {
            confirm(cohort, participant);
        }
        return cohort;
    }

    void confirm(UUID cohort, String participant) {
        send(new EnrolmentConfirmed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), cohort, participant, nextRosterVersion(cohort)));
        await().atMost(CONVERGENCE).until(() -> memberships.of(cohort).mayWrite(participant));
    }

    void withdraw(UUID cohort, String participant) {
        send(new EnrolmentWithdrawn(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), cohort, participant, nextRosterVersion(cohort)));
        await().atMost(CONVERGENCE).until(() -> !memberships.of(cohort).mayWrite(participant));
    }

    /**
     * The organiser completes the cohort, as trajectory-service and enrolment-service then publish it: the cohort
     * COMPLETED, and each of {@code confirmed} with it, in one roster change.
     */
    void complete(UUID cohort, List<String> facilitators, String... confirmed) {
        UUID trajectory = memberships.of(cohort).trajectoryId();
        send(new CohortCompleted(UUID.randomUUID(), Instant.now(), cohort, 3, new CohortFacts(trajectory, "COMPLETED",
                30, LocalDate.now().minusMonths(6), LocalDate.now(), null, null, facilitators)));
        long rosterVersion = nextRosterVersion(cohort);
        for (String participant : confirmed) {
            send(new EnrolmentCompleted(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), cohort, participant, rosterVersion));
        }
        await().atMost(CONVERGENCE).until(() -> memberships.of(cohort).isCompleted() && Arrays.stream(confirmed)
                .allMatch(p -> memberships.of(cohort).statusOf(p).filter(MemberStatus.COMPLETED::equals).isPresent()));
    }

    UUID session(UUID cohort, int sequence, Instant startsAt, Instant endsAt) {
        UUID session = UUID.randomUUID();
        send(new SessionScheduled(UUID.randomUUID(), Instant.now(), session, 1, new SessionFacts(cohort,
                memberships.of(cohort).trajectoryId(), sequence, startsAt, endsAt, "SCHEDULED", null, null, null)));
        await().atMost(CONVERGENCE).until(() -> memberships.of(cohort).session(session).isPresent());
        return session;
    }

    /** enrolment-service asks every service to erase {@code participant}; answers the erasure's id. */
    UUID requestErasure(String participant) {
        ErasureRequested requested = new ErasureRequested(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                participant, "participant");
        send(requested);
        return requested.erasureId();
    }

    /** Every event published on {@code topic} so far, read back as the records they were written from. */
    List<DomainEvent> published(String topic) {
        return kafka.readAll(topic, Duration.ofSeconds(2)).stream()
                .flatMap(r -> IncomingEvents.read(r).stream()).toList();
    }

    void send(DomainEvent event) {
        EventCatalog.Entry entry = EventCatalog.of(event);
        kafka.send(entry.topic(), event.subject(), entry.cloudEventType(), EventJson.write(event));
    }

    /** Any request, with extra headers such as If-Match. */
    Api.Response send(String method, String path, String token, Object body, Map<String, String> headers) {
        return api.send(method, path, token, body, headers);
    }

    private long nextRosterVersion(UUID cohort) {
        return rosterVersions.computeIfAbsent(cohort, c -> new AtomicLong()).incrementAndGet();
    }

}
