package nl.koers.notification.privacy;

import java.time.Clock;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.defaults.privacy.ErasedParticipants;
import nl.koers.notification.cohort.Rosters;
import nl.koers.notification.mail.Mails;
import nl.koers.notification.preference.PreferenceStore;
import nl.koers.notification.recipient.Recipients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free erasure and export use cases to the other features' stores. */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    @Bean
    ErasureService erasureService(Erasures erasures, ErasedParticipants erasedParticipants, Recipients recipients,
                                  PreferenceStore preferences, Mails mails, Rosters rosters, Clock clock) {
        return new ErasureService(erasures, erasedParticipants, recipients, preferences, mails, rosters, clock);
    }

    @Bean
    ExportService exportService(Recipients recipients, PreferenceStore preferences, Mails mails,
                                OutboxRelay outboxRelay, Clock clock) {
        return new ExportService(recipients, preferences, mails, outboxRelay::publishAlone, clock);
    }
}
