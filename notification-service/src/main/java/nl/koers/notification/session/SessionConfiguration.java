package nl.koers.notification.session;

import nl.koers.notification.config.NotificationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reminder timing rule with the configured lead ({@code koers.notifications.reminder-lead}). */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    ReminderPlan reminderPlan(NotificationProperties properties) {
        return new ReminderPlan(properties.reminderLead());
    }
}
