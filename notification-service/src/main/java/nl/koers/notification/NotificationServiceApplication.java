package nl.koers.notification;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;

/**
 * Every mail Koers sends: seat changes, meeting invitations and reminders for sessions, feedback received, a
 * completed cohort and invitations to a cohort. Fed by Kafka events only; its small API is about a person's own
 * mails and preferences. Thymeleaf writes the mails only (this service has no web pages), so Boot's web-view setup
 * of it stays out and {@code mail.smtp.MailTemplates} makes its own engine.
 */
@SpringBootApplication(exclude = ThymeleafAutoConfiguration.class)
public class NotificationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotificationServiceApplication.class, args);
    }
}
