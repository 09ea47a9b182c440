package nl.koers.defaults.apidocs.sample;

import nl.koers.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Listeners as a service has them: one topic, and several at once. Never started here (no Kafka). */
@Component
class WorkshopListeners {

    @KafkaListener(topics = Topics.TRAJECTORY_COHORTS)
    void onCohort(ConsumerRecord<String, byte[]> record) {
    }

    @KafkaListener(topics = {Topics.TRAJECTORY_SESSIONS, Topics.REFLECTION_REFLECTIONS})
    void onSessionOrReflection(ConsumerRecord<String, byte[]> record) {
    }
}
