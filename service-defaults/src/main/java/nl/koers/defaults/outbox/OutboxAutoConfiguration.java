package nl.koers.defaults.outbox;

import nl.koers.defaults.messaging.MessagingDefaultsAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** Starts the outbox relay in services that publish (those that set {@code koers.outbox.source}). */
@AutoConfiguration(after = MessagingDefaultsAutoConfiguration.class)
@ConditionalOnProperty("koers.outbox.source")
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> cloudEventsTemplate,
                            OutboxProperties properties) {
        return new OutboxRelay(mongo, cloudEventsTemplate, properties);
    }
}
