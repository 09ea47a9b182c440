package nl.koers.trajectory.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Retention's settings, and the scheduler that checks for cohorts whose personal data is due to go. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
@EnableScheduling
class SchedulingConfiguration {
}
