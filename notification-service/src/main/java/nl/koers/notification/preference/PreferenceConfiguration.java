package nl.koers.notification.preference;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free preference use case. */
@Configuration(proxyBeanMethods = false)
class PreferenceConfiguration {

    @Bean
    PreferenceService preferenceService(PreferenceStore store) {
        return new PreferenceService(store);
    }
}
