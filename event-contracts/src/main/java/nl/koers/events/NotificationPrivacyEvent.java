package nl.koers.events;

/**
 * Facts about personal data and accountability in notification-service: its part of an erasure done, and audited
 * actions, every record published to {@link Topics#NOTIFICATION_PRIVACY}.
 */
@Topic(name = Topics.NOTIFICATION_PRIVACY, producer = "notification-service")
public sealed interface NotificationPrivacyEvent extends DomainEvent permits NotificationDataErased, NotificationActionAudited {
}
