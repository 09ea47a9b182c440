package nl.koers.defaults.messaging;

import java.util.HashMap;
import java.util.Map;
import nl.koers.events.Topics;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import org.springframework.dao.DataAccessResourceFailureException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

/**
 * Kafka as every service uses it: one latency-tuned, idempotent producer for CloudEvents records (the outbox
 * relay and the dead-letter publisher share it), and listeners that retry with back-off and then move a
 * failing record to {@code <topic>.DLT} so the records behind it keep flowing.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
public class MessagingDefaultsAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MessagingDefaultsAutoConfiguration.class);

    @Bean
    KafkaTemplate<String, byte[]> cloudEventsTemplate(KafkaProperties kafka) {
        // Everything spring.kafka.* says (servers, security, SSL, extra properties), then what the outbox needs.
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        // The relay sends one fact at a time right after a write: batching would only add latency.
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        // With the broker down a send must fail fast: the outbox keeps the event and the relay retries.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    @Bean
    DefaultErrorHandler deadLetteringErrorHandler(KafkaTemplate<String, byte[]> cloudEventsTemplate) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(cloudEventsTemplate,
                // A negative partition lets Kafka choose: the DLT need not have as many partitions as its topic.
                (record, e) -> new TopicPartition(record.topic() + Topics.DEAD_LETTER_SUFFIX, -1));
        // Say so every time a record is set aside: a DLT that fills up silently hides a broken consumer.
        ConsumerRecordRecoverer recoverer = (record, e) -> {
            log.error("Moving {}-{}@{} to {}{}: {}", record.topic(), record.partition(), record.offset(),
                    record.topic(), Topics.DEAD_LETTER_SUFFIX, e.getMessage(), e);
            deadLetters.accept(record, e);
        };
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxElapsedTime(3_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(PoisonMessageException.class);
        // The database being away says nothing about the record: keep retrying it (in order) until the
        // database is back, instead of dead-lettering good records during an outage.
        handler.setBackOffFunction((record, e) -> isInfrastructureOutage(e) ? new FixedBackOff(2_000, FixedBackOff.UNLIMITED_ATTEMPTS) : null);
        return handler;
    }

    private static boolean isInfrastructureOutage(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoTimeoutException || cause instanceof MongoSocketException
                    || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
        }
        return false;
    }
}
