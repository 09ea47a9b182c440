package nl.koers.reflection.privacy;

import java.time.Clock;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.defaults.privacy.ErasedParticipants;
import nl.koers.reflection.casus.Cases;
import nl.koers.reflection.evaluation.Respondents;
import nl.koers.reflection.intervention.FeedbackStore;
import nl.koers.reflection.intervention.Interventions;
import nl.koers.reflection.membership.Memberships;
import nl.koers.reflection.reflection.Reflections;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free erasure and export use cases to the other features' repositories. */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    @Bean
    ErasureService erasureService(Erasures erasures, ErasedParticipants erasedParticipants, Reflections reflections,
                                  Cases cases, Interventions interventions, FeedbackStore feedback,
                                  Respondents respondents, Memberships memberships, Clock clock) {
        return new ErasureService(erasures, erasedParticipants, reflections, cases, interventions, feedback,
                respondents, memberships, clock);
    }

    @Bean
    ExportService exportService(Reflections reflections, Cases cases, Interventions interventions,
                                FeedbackStore feedback, Respondents respondents, Memberships memberships,
                                OutboxRelay outboxRelay, Clock clock) {
        return new ExportService(reflections, cases, interventions, feedback, respondents, memberships,
                outboxRelay::publishAlone, clock);
    }
}
