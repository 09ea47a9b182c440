package nl.koers.notification.mail.smtp;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import nl.koers.notification.config.NotificationProperties;
import nl.koers.notification.mail.MeetingInvitation;
import nl.koers.notification.preference.Language;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The mails' words ({@code mail-messages_nl|en.properties}), templates and SMTP transport. The message source is
 * the mails' own, not the application's {@code messageSource}: the API's problem answers stay in English whatever a
 * mail's language.
 */
@Configuration(proxyBeanMethods = false)
class SmtpConfiguration {

    @Bean
    ResourceBundleMessageSource mailMessageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("mail-messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Language.DEFAULT.locale());
        // Every message is a MessageFormat pattern, with or without parameters: one rule for apostrophes ('').
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }

    @Bean
    MailTemplates mailTemplates(ResourceBundleMessageSource mailMessageSource, NotificationProperties properties) {
        InternetAddress from = from(properties);
        MailTemplates templates = new MailTemplates(mailMessageSource, properties.webBaseUrl(), properties.timeZone(),
                new MeetingInvitation.Party(from.getAddress(), from.getPersonal()));
        templates.warmUp();
        return templates;
    }

    @Bean
    SmtpTransport smtpTransport(JavaMailSender sender, MailTemplates templates, NotificationProperties properties,
                                Clock clock) {
        return new SmtpTransport(sender, templates, from(properties), clock);
    }

    private static InternetAddress from(NotificationProperties properties) {
        try {
            return new InternetAddress(properties.from(), true);
        } catch (AddressException e) {
            throw new IllegalStateException("koers.notifications.from is not an address: " + properties.from(), e);
        }
    }
}
