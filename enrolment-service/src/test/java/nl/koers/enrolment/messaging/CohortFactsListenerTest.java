package nl.koers.enrolment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.koers.defaults.messaging.EventJson;
import nl.koers.enrolment.enrolment.CohortTerms;
import nl.koers.enrolment.enrolment.EnrolmentService;
import nl.koers.enrolment.privacy.RetentionService;
import nl.koers.events.CloudEventHeaders;
import nl.koers.events.CohortEvent;
import nl.koers.events.CohortFacts;
import nl.koers.events.CohortRetentionExpired;
import nl.koers.events.EventCatalog;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Every cohort fact trajectory-service publishes reaches the roster: none is skipped by accident. */
class CohortFactsListenerTest {

    private static final Instant OPENS = Instant.parse("2026-08-01T08:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-09-01T08:00:00Z");

    private final EnrolmentService enrolments = mock(EnrolmentService.class);
    private final RetentionService retention = mock(RetentionService.class);
    private final CohortFactsListener listener = new CohortFactsListener(enrolments, retention);

    @Test
    void appliesTheFactsOfEveryCohortEvent() throws Exception {
        // The end of a retention period carries no cohort facts: it is the one that erases instead.
        List<Class<?>> family = Arrays.stream(CohortEvent.class.getPermittedSubclasses())
                .filter(type -> type != CohortRetentionExpired.class).toList();
        assertThat(family).hasSizeGreaterThanOrEqualTo(5);

        for (Class<?> type : family) {
            UUID cohortId = UUID.randomUUID();
            UUID trajectoryId = UUID.randomUUID();
            CohortFacts facts = new CohortFacts(trajectoryId, type.getSimpleName(), 12, LocalDate.of(2026, 9, 7),
                    LocalDate.of(2026, 12, 18), OPENS, CLOSES, List.of("facilitator"));

            listener.on(record(event(type, cohortId, 7, facts)));

            verify(enrolments).applyCohortFacts(cohortId, 7,
                    new CohortTerms(trajectoryId, type.getSimpleName(), 12, OPENS, CLOSES));
        }
    }

    @Test
    void erasesTheCohortsPersonalDataWhenItsRetentionExpires() {
        CohortRetentionExpired expired = new CohortRetentionExpired(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                UUID.randomUUID(), LocalDate.of(2024, 6, 30), 24);

        listener.on(record(expired));

        verify(retention).expire(expired);
        verifyNoInteractions(enrolments);
    }

    /** Each cohort event has the same shape: an id, a time, the cohort, its version and its facts. */
    private static CohortEvent event(Class<?> type, UUID cohortId, long version, CohortFacts facts) throws Exception {
        Constructor<?> constructor = type.getDeclaredConstructor(UUID.class, Instant.class, UUID.class, long.class,
                CohortFacts.class);
        return (CohortEvent) constructor.newInstance(UUID.randomUUID(), Instant.now(), cohortId, version, facts);
    }

    private static ConsumerRecord<String, byte[]> record(CohortEvent event) {
        EventCatalog.Entry entry = EventCatalog.of(event);
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(entry.topic(), 0, 0, event.subject(),
                EventJson.write(event));
        record.headers().add(CloudEventHeaders.TYPE, entry.cloudEventType().getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
