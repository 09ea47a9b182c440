package nl.koers.events;

/**
 * Invitations to a cohort, every record published to {@link Topics#ENROLMENT_INVITATIONS}. An invitation names a
 * person who is not a participant yet (their e-mail address and name, from an organiser's list), so the topic is
 * compacted and keyed by invitation: enrolment-service writes the key's tombstone once the invitation is accepted,
 * withdrawn or past its cohort's retention, and compaction takes the address off the log.
 */
@Topic(name = Topics.ENROLMENT_INVITATIONS, producer = "enrolment-service", compacted = true)
public sealed interface InvitationEvent extends DomainEvent permits InvitationIssued {
}
