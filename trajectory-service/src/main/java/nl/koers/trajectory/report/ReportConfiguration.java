package nl.koers.trajectory.report;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;

/**
 * Wires the Spring-free report use cases, and the batch listener container the projections consume with:
 * batches (instead of one record at a time) are what lets a projection catch up on a backlog with bulk writes.
 */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    ReportService reportService(ReportStore store, Clock clock) {
        return new ReportService(store, clock);
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, byte[]> reportBatchListenerFactory(
            ConsumerFactory<String, byte[]> consumerFactory, DefaultErrorHandler deadLetteringErrorHandler) {
        ConcurrentKafkaListenerContainerFactory<String, byte[]> factory = new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(consumerFactory);
        factory.setBatchListener(true);
        factory.setConcurrency(1);
        factory.setCommonErrorHandler(deadLetteringErrorHandler);
        return factory;
    }
}
