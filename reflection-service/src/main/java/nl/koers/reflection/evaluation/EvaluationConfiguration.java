package nl.koers.reflection.evaluation;

import java.security.SecureRandom;
import java.time.Clock;
import nl.koers.reflection.membership.Memberships;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the Spring-free evaluation use cases to their repositories. The responses are shuffled with a
 * secure random source, so their order cannot be predicted back to who answered when.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationConfiguration {

    @Bean
    EvaluationService evaluationService(CohortEvaluations evaluations, Respondents respondents, EvaluationForms forms,
                                        Memberships memberships, Clock clock) {
        return new EvaluationService(evaluations, respondents, forms, memberships, clock, new SecureRandom());
    }
}
