package nl.koers.trajectory.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.koers.defaults.problem.InvalidRequest;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void defaultsToTheSchoolYearOfToday() {
        assertThat(ReportPeriod.of(null, null, LocalDate.of(2026, 3, 10)))
                .isEqualTo(new ReportPeriod(LocalDate.of(2025, 8, 1), LocalDate.of(2026, 7, 31)));
        assertThat(ReportPeriod.of(null, null, LocalDate.of(2026, 8, 1)))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31)));
    }

    @Test
    void oneDateTakesTheOtherEndFromItsSchoolYear() {
        assertThat(ReportPeriod.of(LocalDate.of(2025, 9, 1), null, LocalDate.of(2030, 1, 1)).to())
                .isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(ReportPeriod.of(null, LocalDate.of(2026, 1, 31), LocalDate.of(2030, 1, 1)).from())
                .isEqualTo(LocalDate.of(2025, 8, 1));
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStartsOrIsTooLong() {
        assertThatThrownBy(() -> ReportPeriod.of(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1), LocalDate.now()))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("before it starts");
        assertThatThrownBy(() -> ReportPeriod.of(LocalDate.of(2010, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.now()))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("at most");
    }

    @Test
    void refusesDatesOutsideThePlanningYearsBeforeWorkingOutASchoolYear() {
        assertThatThrownBy(() -> ReportPeriod.of(LocalDate.MAX, null, LocalDate.now()))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("from +999999999-12-31");
        assertThatThrownBy(() -> ReportPeriod.of(null, LocalDate.MAX, LocalDate.now()))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("to +999999999-12-31");
        assertThatThrownBy(() -> ReportPeriod.of(LocalDate.MIN, LocalDate.of(2026, 1, 1), LocalDate.now()))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("years 2000 to 2100");
        // The school year around a date at the edge may reach just outside the years.
        assertThat(ReportPeriod.of(LocalDate.of(2000, 3, 1), null, LocalDate.now()).to())
                .isEqualTo(LocalDate.of(2000, 7, 31));
        assertThat(ReportPeriod.of(null, LocalDate.of(2100, 12, 31), LocalDate.now()).from())
                .isEqualTo(LocalDate.of(2100, 8, 1));
    }

    @Test
    void containsBothEnds() {
        ReportPeriod year = ReportPeriod.schoolYearOf(LocalDate.of(2026, 1, 1));

        assertThat(year.contains(LocalDate.of(2025, 8, 1))).isTrue();
        assertThat(year.contains(LocalDate.of(2026, 7, 31))).isTrue();
        assertThat(year.contains(LocalDate.of(2026, 8, 1))).isFalse();
        assertThat(year.contains(null)).isFalse();
    }
}
