package nl.koers.trajectory.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import nl.koers.defaults.problem.InvalidRequest;
import org.junit.jupiter.api.Test;

class CohortScheduleTest {

    private static final LocalDate START = LocalDate.of(2025, 10, 1);
    private static final Instant OPENS = Instant.parse("2025-06-01T08:00:00Z");

    @Test
    void acceptsACohortThatEndsOnItsStartDay() {
        CohortSchedule schedule = new CohortSchedule(" Groep 1 ", 1, START, START, null, null, null);

        assertThat(schedule.name()).isEqualTo("Groep 1");
        assertThat(schedule.facilitatorIds()).isEmpty();
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> new CohortSchedule("Groep 1", 10, START, START.minusDays(1), null, null, null))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("endsOn must be on or after startsOn");
    }

    @Test
    void refusesDatesOutsideThePlanningYears() {
        assertThatThrownBy(() -> new CohortSchedule("Groep 1", 10, START, LocalDate.MAX, null, null, null))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("endsOn +999999999-12-31")
                .hasMessageContaining("years 2000 to 2100");
        assertThatThrownBy(() -> new CohortSchedule("Groep 1", 10, LocalDate.of(1999, 12, 31), START, null, null, null))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("startsOn 1999-12-31");
        assertThatThrownBy(() -> new CohortSchedule("Groep 1", 10, START, START, null, Instant.MAX, null))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("enrolmentClosesAt");
        assertThatThrownBy(() -> new CohortSchedule("Groep 1", 10, START, START, Instant.EPOCH, null, null))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("enrolmentOpensAt");
        assertThat(new CohortSchedule("Groep 1", 10, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31),
                null, null, null).endsOn()).isEqualTo(LocalDate.of(2100, 12, 31));
    }

    @Test
    void refusesAnEnrolmentWindowThatClosesBeforeItOpens() {
        assertThatThrownBy(() -> new CohortSchedule("Groep 1", 10, START, START, OPENS, OPENS, null))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("enrolmentClosesAt must be later");
    }

    @Test
    void acceptsAnEnrolmentWindowWithOnlyOneEnd() {
        assertThat(new CohortSchedule("Groep 1", 10, START, START, OPENS, null, null).enrolmentOpensAt())
                .isEqualTo(OPENS);
        assertThat(new CohortSchedule("Groep 1", 10, START, START, null, OPENS, null).enrolmentClosesAt())
                .isEqualTo(OPENS);
    }

    @Test
    void refusesACapacityOutsideOneToFiveHundred() {
        assertThatThrownBy(() -> new CohortSchedule("Groep 1", 0, START, START, null, null, null))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("capacity");
        assertThatThrownBy(() -> new CohortSchedule("Groep 1", 501, START, START, null, null, null))
                .isInstanceOf(InvalidRequest.class);
    }

    @Test
    void refusesABlankName() {
        assertThatThrownBy(() -> new CohortSchedule("  ", 10, START, START, null, null, null))
                .isInstanceOf(InvalidRequest.class);
    }

    @Test
    void refusesMoreThanTwentyFacilitators() {
        List<String> many = IntStream.rangeClosed(1, 21).mapToObj(i -> "fac-" + i).toList();
        assertThatThrownBy(() -> new CohortSchedule("Groep 1", 10, START, START, null, null, many))
                .isInstanceOf(InvalidRequest.class);
    }

    @Test
    void dropsRepeatedFacilitators() {
        assertThat(new CohortSchedule("Groep 1", 10, START, START, null, null,
                Collections.nCopies(3, "fac-1")).facilitatorIds()).containsExactly("fac-1");
    }
}
