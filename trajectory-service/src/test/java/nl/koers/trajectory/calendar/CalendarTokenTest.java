package nl.koers.trajectory.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalendarTokenTest {

    @Test
    void makesLongRandomUrlSafeTokensAndStoresOnlyTheirHash() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String token = CalendarToken.generate();
            assertThat(CalendarToken.wellFormed(token)).isTrue();
            tokens.add(token);
        }
        String token = tokens.iterator().next();

        assertThat(tokens).hasSize(100);
        assertThat(CalendarToken.hash(token)).hasSize(64).isEqualTo(CalendarToken.hash(token)).doesNotContain(token);
        assertThat(CalendarToken.wellFormed("../../etc/passwd")).isFalse();
        assertThat(CalendarToken.wellFormed(token + "x")).isFalse();
        assertThat(CalendarToken.wellFormed(null)).isFalse();
    }
}
