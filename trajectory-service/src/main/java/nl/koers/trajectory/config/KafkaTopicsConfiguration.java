package nl.koers.trajectory.config;

import nl.koers.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics this service writes to: the ones it publishes and the dead-letter topics of the ones it
 * consumes, and the topics of other services its report projections read. Creating them up front gives them their partition count instead of a broker's auto-create
 * default; the replication factor stays the broker's default so the same code runs on one local broker
 * and on a production cluster.
 */
@Configuration(proxyBeanMethods = false)
class KafkaTopicsConfiguration {

    private static final int PARTITIONS = 3;

    @Bean
    KafkaAdmin.NewTopics trajectoryTopics() {
        return new KafkaAdmin.NewTopics(
                topic(Topics.TRAJECTORY_TRAJECTORIES),
                topic(Topics.TRAJECTORY_COHORTS),
                topic(Topics.TRAJECTORY_SESSIONS),
                topic(Topics.TRAJECTORY_DEVELOPMENT_QUESTIONS),
                topic(Topics.ENROLMENT_ENROLMENTS + Topics.DEAD_LETTER_SUFFIX),
                topic(Topics.ENROLMENT_PARTICIPANTS + Topics.DEAD_LETTER_SUFFIX),
                // The report projections also consume reflection-service's topics and this service's own. Declaring
                // the consumed ones (same partition count as their producers) lets the listener start on them even
                // when their producer has not run yet.
                topic(Topics.ENROLMENT_ENROLMENTS),
                topic(Topics.ENROLMENT_PARTICIPANTS),
                topic(Topics.REFLECTION_REFLECTIONS),
                topic(Topics.REFLECTION_CASES),
                topic(Topics.REFLECTION_INTERVENTIONS),
                topic(Topics.REFLECTION_EVALUATIONS),
                topic(Topics.TRAJECTORY_TRAJECTORIES + Topics.DEAD_LETTER_SUFFIX),
                topic(Topics.TRAJECTORY_COHORTS + Topics.DEAD_LETTER_SUFFIX),
                topic(Topics.TRAJECTORY_SESSIONS + Topics.DEAD_LETTER_SUFFIX),
                topic(Topics.TRAJECTORY_DEVELOPMENT_QUESTIONS + Topics.DEAD_LETTER_SUFFIX),
                topic(Topics.REFLECTION_REFLECTIONS + Topics.DEAD_LETTER_SUFFIX),
                topic(Topics.REFLECTION_CASES + Topics.DEAD_LETTER_SUFFIX),
                topic(Topics.REFLECTION_INTERVENTIONS + Topics.DEAD_LETTER_SUFFIX),
                topic(Topics.REFLECTION_EVALUATIONS + Topics.DEAD_LETTER_SUFFIX));
    }

    private static NewTopic topic(String name) {
        return TopicBuilder.name(name).partitions(PARTITIONS).build();
    }
}
