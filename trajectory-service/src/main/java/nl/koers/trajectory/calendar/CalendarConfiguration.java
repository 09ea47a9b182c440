package nl.koers.trajectory.calendar;

import java.time.Clock;
import nl.koers.trajectory.cohort.Cohorts;
import nl.koers.trajectory.roster.CohortMemberships;
import nl.koers.trajectory.session.Sessions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free calendar use cases to their repositories. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    CalendarService calendarService(CalendarSubscriptions subscriptions, Cohorts cohorts,
                                    CohortMemberships memberships, Sessions sessions, Clock clock) {
        return new CalendarService(subscriptions, cohorts, memberships, sessions, clock);
    }
}
