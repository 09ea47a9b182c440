package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A fact one Koers service publishes for the others. Implementations are immutable records in the past
 * tense that carry identifiers and metadata only, never private text. Each belongs to the sealed interface of the
 * topic it is published to, which names that topic and its producer ({@link Topic}).
 */
public sealed interface DomainEvent
        permits TrajectoryEvent, CohortEvent, SessionEvent, DevelopmentQuestionEvent, EnrolmentEvent, ParticipantEvent, ReflectionEvent, CaseEvent, InterventionEvent, EvaluationEvent,
        EnrolmentPrivacyEvent, TrajectoryPrivacyEvent, ReflectionPrivacyEvent, InvitationEvent, NotificationPrivacyEvent {

    /** Unique per fact; consumers deduplicate redeliveries on it. */
    UUID eventId();

    Instant occurredAt();

    /** The id whose order consumers need: the Kafka record key and the CloudEvents subject. */
    String subject();
}
