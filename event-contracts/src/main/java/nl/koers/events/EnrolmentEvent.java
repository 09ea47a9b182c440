package nl.koers.events;

/**
 * Facts about enrolments: seats, waitlist, withdrawals and completions: every record published to {@link Topics#ENROLMENT_ENROLMENTS}. Sealed, so a consumer's switch over it
 * breaks the build when a new fact is added and not handled (or explicitly skipped).
 */
@Topic(name = Topics.ENROLMENT_ENROLMENTS, producer = "enrolment-service")
public sealed interface EnrolmentEvent extends DomainEvent permits EnrolmentConfirmed, EnrolmentWaitlisted, EnrolmentPromoted, EnrolmentWithdrawn, EnrolmentCompleted {
}
