package nl.koers.events;

/**
 * Facts about personal data and accountability in enrolment-service: erasure requests and audited actions, every
 * record published to {@link Topics#ENROLMENT_PRIVACY}.
 */
@Topic(name = Topics.ENROLMENT_PRIVACY, producer = "enrolment-service")
public sealed interface EnrolmentPrivacyEvent extends DomainEvent permits ErasureRequested, EnrolmentActionAudited {
}
