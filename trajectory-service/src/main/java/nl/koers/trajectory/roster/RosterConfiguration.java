package nl.koers.trajectory.roster;

import nl.koers.trajectory.cohort.Cohorts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free roster use cases to their repositories. */
@Configuration(proxyBeanMethods = false)
class RosterConfiguration {

    @Bean
    RosterService rosterService(RosterEntries entries, Cohorts cohorts) {
        return new RosterService(entries, cohorts);
    }
}
