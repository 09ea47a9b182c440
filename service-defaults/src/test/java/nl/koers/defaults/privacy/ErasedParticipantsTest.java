package nl.koers.defaults.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ErasedParticipantsTest {

    @Test
    void storesTimesSoThatTheirTextSortsAsTheTimesDo() {
        Instant whole = Instant.parse("2026-12-02T10:00:01Z");
        Instant earlier = Instant.parse("2026-12-02T10:00:00.5Z");

        String later = ErasedParticipants.SORTABLE.format(whole);
        assertThat(later).isGreaterThan(ErasedParticipants.SORTABLE.format(earlier));
        assertThat(ErasedParticipants.SORTABLE.parse(later, Instant::from)).isEqualTo(whole);
        assertThat(ErasedParticipants.SORTABLE.format(Instant.parse("2026-12-02T10:00:00Z")))
                .isLessThan(ErasedParticipants.SORTABLE.format(earlier));
    }

    @Test
    void anonymisesWithAFreshFormerIdEachTime() {
        assertThat(ErasedParticipants.formerParticipant()).startsWith(ErasedParticipants.FORMER_PREFIX)
                .isNotEqualTo(ErasedParticipants.formerParticipant());
        assertThat(ErasedParticipants.isFormer(ErasedParticipants.formerParticipant())).isTrue();
        assertThat(ErasedParticipants.isFormer("participant1")).isFalse();
        assertThat(ErasedParticipants.digest("participant1")).hasSize(64).isNotEqualTo(ErasedParticipants.digest("participant2"));
    }
}
