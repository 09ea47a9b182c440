package nl.koers.events;

/**
 * Facts about participants' profiles: every record published to {@link Topics#ENROLMENT_PARTICIPANTS}. Sealed, so a consumer's switch over it
 * breaks the build when a new fact is added and not handled (or explicitly skipped).
 */
@Topic(name = Topics.ENROLMENT_PARTICIPANTS, producer = "enrolment-service", compacted = true)
public sealed interface ParticipantEvent extends DomainEvent permits ParticipantProfileUpdated {
}
