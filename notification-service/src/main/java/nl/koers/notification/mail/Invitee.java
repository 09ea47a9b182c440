package nl.koers.notification.mail;

import java.time.Instant;
import java.util.UUID;

/**
 * The person an invitation goes to, who is not a Koers user yet, with the link's secret. Once the invitation is
 * sent the address, name and token are dropped from the mail: only enrolment-service needs to know who was invited.
 *
 * @param address null once sent
 * @param name    null once sent, or when the list gave none
 * @param token   the secret of the personal link; null once sent
 */
public record Invitee(UUID invitationId, String address, String name, String token, Instant expiresAt) {
}
