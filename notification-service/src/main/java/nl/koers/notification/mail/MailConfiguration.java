package nl.koers.notification.mail;

import java.time.Clock;
import nl.koers.defaults.privacy.ErasedParticipants;
import nl.koers.notification.cohort.Rosters;
import nl.koers.notification.config.NotificationProperties;
import nl.koers.notification.preference.PreferenceStore;
import nl.koers.notification.recipient.Recipients;
import nl.koers.notification.session.Sessions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free mail use cases to their stores, the SMTP transport and {@code koers.notifications.*}. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    MailQueue mailQueue(NotificationProperties properties) {
        return new MailQueue(properties.senders());
    }

    @Bean
    MailPlanner mailPlanner(Mails mails, Rosters rosters, PreferenceStore preferences, ErasedParticipants erased,
                            MailQueue queue, Clock clock, NotificationProperties properties) {
        return new MailPlanner(mails, rosters, preferences, erased, queue, clock, properties.staleAfter());
    }

    @Bean
    Delivery delivery(Mails mails, Recipients recipients, PreferenceStore preferences, MailTransport transport,
                      Clock clock, NotificationProperties properties) {
        NotificationProperties.Retry retry = properties.retry();
        return new Delivery(mails, recipients, preferences, transport,
                new RetryPolicy(retry.initial(), retry.max(), retry.maxAttempts()), clock, properties.lease(),
                properties.batchSize());
    }

    @Bean
    ReminderRound reminderRound(Sessions sessions, MailPlanner planner, Clock clock, NotificationProperties properties) {
        return new ReminderRound(sessions, planner, clock, properties.lease());
    }

    @Bean
    MailHistory mailHistory(Mails mails, Recipients recipients, MailQueue queue, Clock clock) {
        return new MailHistory(mails, recipients, queue, clock);
    }
}
