package nl.koers.trajectory.question;

import java.time.Clock;
import nl.koers.trajectory.cohort.Cohorts;
import nl.koers.trajectory.roster.CohortMemberships;
import nl.koers.trajectory.session.Sessions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free development question and stakeholder map use cases to their repositories. */
@Configuration(proxyBeanMethods = false)
class QuestionConfiguration {

    @Bean
    DevelopmentQuestionService developmentQuestionService(DevelopmentQuestions questions, Cohorts cohorts,
                                                          CohortMemberships memberships, Sessions sessions,
                                                          Clock clock) {
        return new DevelopmentQuestionService(questions, cohorts, memberships, sessions, clock);
    }

    @Bean
    StakeholderMapService stakeholderMapService(DevelopmentQuestionService questions, StakeholderMaps maps,
                                                Clock clock) {
        return new StakeholderMapService(questions, maps, clock);
    }
}
