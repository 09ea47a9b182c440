package nl.koers.trajectory.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When a cohort's personal data is due: its end plus the trajectory's months, or the default months. */
class RetentionTest {

    private static final Instant ENDED = Instant.parse("2026-03-15T10:30:00Z");

    @Test
    void isDueTheSameTimeOfDayTheGivenMonthsAfterTheCohortEnded() {
        assertThat(Retention.dueAt(ENDED, 24)).isEqualTo(Instant.parse("2028-03-15T10:30:00Z"));
        assertThat(Retention.dueAt(ENDED, 1)).isEqualTo(Instant.parse("2026-04-15T09:30:00Z"));
    }

    @Test
    void countsMonthsOnTheDutchCalendarAcrossSummerTime() {
        // Ended at 11:30 in Amsterdam in winter; due at 11:30 in Amsterdam in summer, one hour earlier in UTC.
        assertThat(Retention.dueAt(Instant.parse("2026-01-15T10:30:00Z"), 6))
                .isEqualTo(Instant.parse("2026-07-15T09:30:00Z"));
    }

    @Test
    void endsAShortMonthOnItsLastDay() {
        assertThat(Retention.dueAt(Instant.parse("2026-01-31T12:00:00Z"), 1))
                .isEqualTo(Instant.parse("2026-02-28T12:00:00Z"));
    }

    @Test
    void isNotDueAMomentBeforeAndIsDueFromThatMomentOn() {
        Instant due = Retention.dueAt(ENDED, 24);

        assertThat(Retention.isDue(ENDED, 24, due.minusMillis(1))).isFalse();
        assertThat(Retention.isDue(ENDED, 24, due)).isTrue();
        assertThat(Retention.isDue(ENDED, 24, due.plusSeconds(3600))).isTrue();
    }

    @Test
    void takesTheTrajectorysOwnMonthsOverTheDefault() {
        assertThat(Retention.effectiveMonths(null, 24)).isEqualTo(24);
        assertThat(Retention.effectiveMonths(6, 24)).isEqualTo(6);
        assertThat(Retention.isDue(ENDED, Retention.effectiveMonths(6, 24), Instant.parse("2026-09-16T00:00:00Z")))
                .isTrue();
        assertThat(Retention.isDue(ENDED, Retention.effectiveMonths(null, 24), Instant.parse("2026-09-16T00:00:00Z")))
                .isFalse();
    }

    @Test
    void givesTheDayTheCohortEndedInTheNetherlands() {
        assertThat(Retention.endedOn(Instant.parse("2026-06-30T22:30:00Z"))).isEqualTo(LocalDate.of(2026, 7, 1));
    }
}
