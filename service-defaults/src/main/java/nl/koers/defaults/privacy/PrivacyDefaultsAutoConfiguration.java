package nl.koers.defaults.privacy;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The register of erased participants, for every service (the ones that publish, so the ones that keep data). */
@AutoConfiguration
@ConditionalOnProperty("koers.outbox.source")
public class PrivacyDefaultsAutoConfiguration {

    @Bean
    ErasedParticipants erasedParticipants(MongoTemplate mongo) {
        return new ErasedParticipants(mongo);
    }
}
