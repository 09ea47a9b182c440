package nl.koers.reflection.intervention;

import java.time.Clock;
import nl.koers.reflection.casus.CaseService;
import nl.koers.reflection.membership.Memberships;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free intervention and feedback use cases to their repositories. */
@Configuration(proxyBeanMethods = false)
class InterventionConfiguration {

    @Bean
    InterventionService interventionService(Interventions interventions, FeedbackStore feedback, CaseService cases,
                                            Memberships memberships, Clock clock) {
        return new InterventionService(interventions, feedback, cases, memberships, clock);
    }
}
