package nl.koers.events;

/**
 * Facts about personal data and accountability in reflection-service: its part of an erasure done, and audited
 * actions, every record published to {@link Topics#REFLECTION_PRIVACY}.
 */
@Topic(name = Topics.REFLECTION_PRIVACY, producer = "reflection-service")
public sealed interface ReflectionPrivacyEvent extends DomainEvent permits ReflectionDataErased, ReflectionActionAudited {
}
