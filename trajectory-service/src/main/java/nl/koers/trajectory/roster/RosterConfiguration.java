package nl.koers.trajectory.roster;

import nl.koers.trajectory.cohort.Cohorts;
import nl.koers.trajectory.trajectory.Trajectories;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free roster use cases to their repositories. */
@Configuration(proxyBeanMethods = false)
class RosterConfiguration {

    @Bean
    RosterService rosterService(RosterEntries entries, Cohorts cohorts) {
        return new RosterService(entries, cohorts);
    }

    @Bean
    MembershipService membershipService(Cohorts cohorts, RosterEntries entries, Trajectories trajectories) {
        return new MembershipService(cohorts, entries, trajectories);
    }
}
