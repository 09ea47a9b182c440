package nl.koers.enrolment.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ParticipantProfileTest {

    private static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");
    private static final ParticipantProfile.Details DETAILS =
            new ParticipantProfile.Details("An", "an@roc.nl", "ROC A", Sector.MBO, "kwaliteitszorg");

    @Test
    void changingDetailsRaisesTheVersion() {
        ParticipantProfile first = ParticipantProfile.first("p1", DETAILS, NOW);
        ParticipantProfile.Details moved =
                new ParticipantProfile.Details("An", "an@roc-b.nl", "ROC B", Sector.MBO, "teamleider");

        ParticipantProfile changed = first.change(moved, NOW).orElseThrow();

        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.updated().institution()).isEqualTo("ROC B");
    }

    @Test
    void savingTheSameDetailsChangesNothing() {
        assertThat(ParticipantProfile.first("p1", DETAILS, NOW).change(DETAILS, NOW)).isEmpty();
    }

    @Test
    void theEventCarriesTheAddressForNotificationService() {
        // Since issue 12 notification-service mails participants, so the compacted topic carries the address
        // (and an erasure's tombstone takes it off again).
        var event = ParticipantProfile.first("p1", DETAILS, NOW).updated();

        assertThat(event.email()).isEqualTo("an@roc.nl");
        assertThat(event.displayName()).isEqualTo(DETAILS.displayName());
    }
}
