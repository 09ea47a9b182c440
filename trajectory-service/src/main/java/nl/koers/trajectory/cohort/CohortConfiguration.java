package nl.koers.trajectory.cohort;

import java.time.Clock;
import nl.koers.trajectory.trajectory.Trajectories;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free cohort use cases to their repositories. */
@Configuration(proxyBeanMethods = false)
class CohortConfiguration {

    @Bean
    CohortService cohortService(Cohorts cohorts, Trajectories trajectories, Clock clock) {
        return new CohortService(cohorts, trajectories, clock);
    }
}
