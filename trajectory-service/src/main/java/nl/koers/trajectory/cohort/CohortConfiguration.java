package nl.koers.trajectory.cohort;

import java.time.Clock;
import nl.koers.trajectory.config.PrivacyProperties;
import nl.koers.trajectory.trajectory.Trajectories;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free cohort use cases, retention among them, to their repositories. */
@Configuration(proxyBeanMethods = false)
class CohortConfiguration {

    @Bean
    CohortService cohortService(Cohorts cohorts, Trajectories trajectories, Clock clock) {
        return new CohortService(cohorts, trajectories, clock);
    }

    @Bean
    CohortRetention cohortRetention(Cohorts cohorts, Trajectories trajectories, PrivacyProperties privacy,
                                    Clock clock) {
        return new CohortRetention(cohorts, trajectories, privacy.retentionMonths(), clock);
    }
}
