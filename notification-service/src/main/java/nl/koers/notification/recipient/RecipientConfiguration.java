package nl.koers.notification.recipient;

import java.time.Clock;
import nl.koers.defaults.privacy.ErasedParticipants;
import nl.koers.notification.mail.MailQueue;
import nl.koers.notification.mail.Mails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the address book. When someone's address becomes known, their mails that waited for it are made due and
 * the senders woken: a confirmation made before its recipient's profile arrived leaves as soon as it does.
 */
@Configuration(proxyBeanMethods = false)
class RecipientConfiguration {

    @Bean
    AddressBook addressBook(Recipients recipients, ErasedParticipants erased, Mails mails, MailQueue queue,
                            Clock clock) {
        return new AddressBook(recipients, erased, recipientId -> {
            if (mails.dueNowFor(recipientId, clock.instant()) > 0) {
                queue.wake();
            }
        });
    }
}
