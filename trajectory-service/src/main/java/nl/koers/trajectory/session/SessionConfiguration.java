package nl.koers.trajectory.session;

import java.time.Clock;
import nl.koers.trajectory.cohort.Cohorts;
import nl.koers.trajectory.instrument.Instruments;
import nl.koers.trajectory.roster.CohortMemberships;
import nl.koers.trajectory.roster.RosterEntries;
import nl.koers.trajectory.trajectory.TrajectoryService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free session and attendance use cases to their repositories. */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    SessionService sessionService(Sessions sessions, Cohorts cohorts, TrajectoryService trajectories,
                                  Instruments instruments, CohortMemberships memberships, Clock clock) {
        return new SessionService(sessions, cohorts, trajectories, instruments, memberships, clock);
    }

    @Bean
    AttendanceService attendanceService(SessionService sessionService, Sessions sessions,
                                         CohortMemberships memberships, RosterEntries roster) {
        return new AttendanceService(sessionService, sessions, memberships, roster);
    }
}
