package nl.koers.enrolment.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A roster's seats, counted as enrolment decides: what the catalogue shows must be what enrolling then does. */
class SeatsTest {

    private static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");
    private static final UUID COHORT = UUID.randomUUID();

    private static Roster roster(String status, int capacity, Instant opensAt, Instant closesAt) {
        return Roster.of(COHORT, 1, new CohortTerms(UUID.randomUUID(), status, capacity, opensAt, closesAt));
    }

    private static void enrol(Roster roster, int participants) {
        for (int n = 1; n <= participants; n++) {
            roster.enrol(UUID.randomUUID(), new Applicant("participant" + n, "Deelnemer " + n, "ROC " + n), null, NOW);
        }
    }

    @Test
    void aFullCohortHasNoSeatsLeftAndCountsItsWaitlist() {
        Roster roster = roster("OPEN", 2, null, null);
        enrol(roster, 3);

        assertThat(roster.seats(NOW)).isEqualTo(new Seats(COHORT, 2, 2, 0, 1, true));
    }

    @Test
    void aWithdrawalFreesNoSeatWhileSomeoneWaits() {
        Roster roster = roster("OPEN", 2, null, null);
        enrol(roster, 3);

        roster.withdraw(roster.enrolments().getFirst().id(), NOW);

        assertThat(roster.seats(NOW)).isEqualTo(new Seats(COHORT, 2, 2, 0, 0, true));
    }

    @Test
    void isOpenForEnrolmentOnlyWhenOpenAndInsideTheWindow() {
        Instant opens = NOW.minus(Duration.ofDays(1));
        Instant closes = NOW.plus(Duration.ofDays(1));
        Roster open = roster("OPEN", 5, opens, closes);

        assertThat(open.seats(NOW).openForEnrolment()).isTrue();
        assertThat(open.seats(opens).openForEnrolment()).isTrue();
        assertThat(open.seats(opens.minusMillis(1)).openForEnrolment()).isFalse();
        assertThat(open.seats(closes).openForEnrolment()).isFalse();
        assertThat(roster("PLANNED", 5, null, null).seats(NOW).openForEnrolment()).isFalse();
        assertThat(roster("CLOSED", 5, opens, closes).seats(NOW)).isEqualTo(new Seats(COHORT, 5, 0, 5, 0, false));
    }
}
