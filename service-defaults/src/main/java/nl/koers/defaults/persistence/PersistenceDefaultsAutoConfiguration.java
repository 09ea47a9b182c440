package nl.koers.defaults.persistence;

import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * With the database away, a request should fail in seconds with a 503 rather than hang for the driver's
 * default 30 s of server selection; the Kafka listeners retry meanwhile, and the outbox keeps what was written.
 */
@AutoConfiguration
public class PersistenceDefaultsAutoConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer failFastWhenTheDatabaseIsAway() {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(5, TimeUnit.SECONDS));
    }
}
