package nl.koers.defaults.messaging;

import java.util.stream.Stream;
import nl.koers.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Creates, at start-up and only where missing, every topic a service touches: the ones it publishes, the ones
 * it consumes (so its listeners can start before their producer ever ran) and their dead-letter topics. Up-front
 * creation gives each its partition count instead of a broker's auto-create default; the replication factor
 * stays the broker's default, so the same code runs on one local broker and on a production cluster. If Kafka
 * is down at start-up the service still starts (KafkaAdmin logs it), and the outbox waits.
 */
@AutoConfiguration
@EnableConfigurationProperties(TopicProperties.class)
public class TopicsAutoConfiguration {

    @Bean
    KafkaAdmin.NewTopics koersTopics(TopicProperties topics) {
        return new KafkaAdmin.NewTopics(Stream.of(
                        topics.published().stream(),
                        topics.consumed().stream(),
                        topics.consumed().stream().map(topic -> topic + Topics.DEAD_LETTER_SUFFIX))
                .flatMap(s -> s).distinct()
                .map(name -> TopicBuilder.name(name).partitions(topics.partitions()).build())
                .toArray(NewTopic[]::new));
    }
}
