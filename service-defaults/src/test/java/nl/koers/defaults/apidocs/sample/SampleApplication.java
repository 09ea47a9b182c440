package nl.koers.defaults.apidocs.sample;

import java.time.Instant;
import java.util.Properties;
import nl.koers.defaults.health.HealthDefaultsAutoConfiguration;
import nl.koers.defaults.messaging.MessagingDefaultsAutoConfiguration;
import nl.koers.defaults.messaging.ServiceTopics;
import nl.koers.defaults.messaging.TopicsAutoConfiguration;
import nl.koers.defaults.outbox.OutboxAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * A service as small as can show every shape of operation and listener the contract documents describe, with
 * service-defaults' whole web stack (security, problems, springdoc, the apidocs customizers) and without MongoDB
 * or Kafka: their auto-configurations are left out, and {@link ServiceTopics}, which comes with them, is declared
 * here. It is called enrolment-service, so the events it publishes are that service's.
 */
@SpringBootApplication(exclude = {MongoAutoConfiguration.class, DataMongoAutoConfiguration.class,
        DataMongoRepositoriesAutoConfiguration.class, KafkaAutoConfiguration.class,
        MessagingDefaultsAutoConfiguration.class, OutboxAutoConfiguration.class, TopicsAutoConfiguration.class,
        HealthDefaultsAutoConfiguration.class})
public class SampleApplication {

    public static final String VERSION = "1.4.2-sample";

    @Bean
    static ServiceTopics serviceTopics(Environment environment) {
        return new ServiceTopics(environment);
    }

    /** As the spring-boot-maven-plugin's build-info goal writes it into a service's jar. */
    @Bean
    BuildProperties buildProperties() {
        Properties build = new Properties();
        build.setProperty("version", VERSION);
        build.setProperty("time", Instant.EPOCH.toString());
        return new BuildProperties(build);
    }
}
