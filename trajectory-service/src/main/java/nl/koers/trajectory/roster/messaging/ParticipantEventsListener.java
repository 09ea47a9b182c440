package nl.koers.trajectory.roster.messaging;

import nl.koers.defaults.messaging.IncomingEvents;
import nl.koers.events.ParticipantEvent;
import nl.koers.events.ParticipantProfileUpdated;
import nl.koers.events.Topics;
import nl.koers.trajectory.roster.ParticipantProfile;
import nl.koers.trajectory.roster.RosterService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds participants' profile changes into the rosters that show their name and institution. */
@Component
class ParticipantEventsListener {

    private final RosterService roster;

    ParticipantEventsListener(RosterService roster) {
        this.roster = roster;
    }

    @KafkaListener(topics = Topics.ENROLMENT_PARTICIPANTS)
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record, ParticipantEvent.class).ifPresent(event -> {
            switch (event) {
                case ParticipantProfileUpdated e -> roster.apply(new ParticipantProfile(e.participantId(),
                        e.displayName(), e.institution(), e.profileVersion()));
            }
        });
    }
}
