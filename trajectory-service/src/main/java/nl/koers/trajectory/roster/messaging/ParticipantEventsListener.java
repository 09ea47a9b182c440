package nl.koers.trajectory.roster.messaging;

import nl.koers.defaults.messaging.IncomingEvents;
import nl.koers.defaults.privacy.ErasedParticipants;
import nl.koers.events.ParticipantEvent;
import nl.koers.events.ParticipantProfileUpdated;
import nl.koers.events.Topics;
import nl.koers.trajectory.roster.ParticipantProfile;
import nl.koers.trajectory.roster.RosterService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds participants' profile changes into the rosters that show their name and institution: the only source of
 * both. A profile from before the participant's erasure (the compacted topic read again before its tombstone
 * compacted it away, or delivered late) is skipped, and so is the tombstone itself.
 */
@Component
class ParticipantEventsListener {

    private final RosterService roster;
    private final ErasedParticipants erased;

    ParticipantEventsListener(RosterService roster, ErasedParticipants erased) {
        this.roster = roster;
        this.erased = erased;
    }

    @KafkaListener(topics = Topics.ENROLMENT_PARTICIPANTS)
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record, ParticipantEvent.class).ifPresent(event -> {
            switch (event) {
                case ParticipantProfileUpdated e -> {
                    if (!erased.erasedSince(e.participantId(), e.occurredAt())) {
                        roster.apply(new ParticipantProfile(e.participantId(), e.displayName(), e.institution(),
                                e.profileVersion()));
                    }
                }
            }
        });
    }
}
