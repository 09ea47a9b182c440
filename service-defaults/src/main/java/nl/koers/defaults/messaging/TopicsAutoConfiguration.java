package nl.koers.defaults.messaging;

import java.util.List;
import java.util.stream.Stream;
import nl.koers.events.EventCatalog;
import nl.koers.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Creates, at start-up and only where missing, every topic a service touches ({@link ServiceTopics}): the ones
 * it publishes, the ones it consumes (so its listeners can start before their producer ever ran) and their
 * dead-letter topics. Up-front creation gives each its partition count instead of a broker's auto-create
 * default; the replication factor stays the broker's default, so the same code runs on one local broker and on
 * a production cluster. If Kafka is down at start-up the service still starts (this logs it), and the outbox
 * waits.
 */
@AutoConfiguration
@EnableConfigurationProperties(TopicProperties.class)
public class TopicsAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TopicsAutoConfiguration.class);

    /** Static: it reads every bean's listeners as the bean is created, so it must exist before them. */
    @Bean
    static ServiceTopics serviceTopics(Environment environment) {
        return new ServiceTopics(environment);
    }

    /** Runs once every singleton (every listener among them) exists, and before listener containers start. */
    @Bean
    SmartInitializingSingleton koersTopics(ServiceTopics topics, TopicProperties properties, KafkaAdmin admin) {
        return () -> {
            NewTopic[] wanted = topics.all().stream().map(name -> topic(name, properties)).toArray(NewTopic[]::new);
            // A topic made before it was compacted (an older local stack) gets its compaction settings too.
            admin.setModifyTopicConfigs(true);
            try {
                admin.createOrModifyTopics(wanted);
            } catch (RuntimeException e) {
                log.warn("Could not create topics {} yet: {}", topics.all(), e.getMessage());
            }
        };
    }

    /** Only a service that publishes a compacted topic (and so its tombstones) nudges it. */
    @Bean
    CompactionNudge compactionNudge(ServiceTopics topics, TopicProperties properties,
                                    KafkaTemplate<String, byte[]> cloudEventsTemplate) {
        List<String> compacted = topics.published().stream().filter(EventCatalog::compacted)
                .flatMap(topic -> Stream.of(topic, topic + Topics.DEAD_LETTER_SUFFIX)).toList();
        return new CompactionNudge(cloudEventsTemplate, compacted, properties.compaction().segment());
    }

    private static NewTopic topic(String name, TopicProperties properties) {
        TopicBuilder topic = TopicBuilder.name(name).partitions(properties.partitions());
        if (EventCatalog.compacted(name)) {
            TopicProperties.Compaction compaction = properties.compaction();
            topic.compact()
                    .config(TopicConfig.SEGMENT_MS_CONFIG, String.valueOf(compaction.segment().toMillis()))
                    .config(TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG, String.valueOf(compaction.maxLag().toMillis()))
                    .config(TopicConfig.DELETE_RETENTION_MS_CONFIG,
                            String.valueOf(compaction.tombstoneRetention().toMillis()))
                    .config(TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0.01");
        }
        return topic.build();
    }
}
