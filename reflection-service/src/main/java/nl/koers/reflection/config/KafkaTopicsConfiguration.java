package nl.koers.reflection.config;

import nl.koers.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics this service writes to: the ones it publishes and the dead-letter topics of the ones it
 * consumes, created up front with their partition count; the replication factor stays the broker's default
 * so the same code runs locally and on a cluster.
 */
@Configuration(proxyBeanMethods = false)
class KafkaTopicsConfiguration {

    private static final int PARTITIONS = 3;

    @Bean
    KafkaAdmin.NewTopics reflectionTopics() {
        return new KafkaAdmin.NewTopics(
                topic(Topics.ENROLMENT_ENROLMENTS + Topics.DEAD_LETTER_SUFFIX),
                topic(Topics.TRAJECTORY_COHORTS + Topics.DEAD_LETTER_SUFFIX),
                topic(Topics.TRAJECTORY_SESSIONS + Topics.DEAD_LETTER_SUFFIX),
                topic(Topics.REFLECTION_REFLECTIONS),
                topic(Topics.REFLECTION_CASES),
                topic(Topics.REFLECTION_INTERVENTIONS),
                topic(Topics.REFLECTION_EVALUATIONS));
    }

    private static NewTopic topic(String name) {
        return TopicBuilder.name(name).partitions(PARTITIONS).build();
    }
}
