package nl.koers.trajectory.privacy.messaging;

import nl.koers.defaults.messaging.IncomingEvents;
import nl.koers.events.CohortCancelled;
import nl.koers.events.CohortClosed;
import nl.koers.events.CohortCompleted;
import nl.koers.events.CohortEvent;
import nl.koers.events.CohortOpened;
import nl.koers.events.CohortPlanned;
import nl.koers.events.CohortRetentionExpired;
import nl.koers.events.Topics;
import nl.koers.trajectory.privacy.PrivacyService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Erases a cohort's personal data here once its retention period passed. This service announces that itself,
 * and hears it back like every other service, so the erasure happens however many instances run and survives a
 * crash between announcing and erasing.
 */
@Component
class CohortRetentionListener {

    private final PrivacyService privacy;

    CohortRetentionListener(PrivacyService privacy) {
        this.privacy = privacy;
    }

    @KafkaListener(topics = Topics.TRAJECTORY_COHORTS)
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record, CohortEvent.class).ifPresent(event -> {
            switch (event) {
                case CohortRetentionExpired e -> privacy.expireCohort(e.cohortId());
                // The life cycle itself is this service's own; only its end matters here.
                case CohortPlanned ignored -> {
                }
                case CohortOpened ignored -> {
                }
                case CohortClosed ignored -> {
                }
                case CohortCompleted ignored -> {
                }
                case CohortCancelled ignored -> {
                }
            }
        });
    }
}
