package nl.koers.notification.config;

import nl.koers.notification.mail.Delivery;
import nl.koers.notification.mail.MailQueue;
import nl.koers.notification.mail.ReminderRound;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code koers.notifications.*} and the threads that send mails and reminders. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class WorkersConfiguration {

    @Bean
    Workers workers(Delivery delivery, ReminderRound reminders, MailQueue queue, NotificationProperties properties) {
        return new Workers(delivery, reminders, queue, properties);
    }
}
