package nl.koers.trajectory.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.koers.defaults.problem.Conflict;
import nl.koers.events.CohortCompleted;
import org.junit.jupiter.api.Test;

class CohortCompletionTest {

    private static final Instant NOW = Instant.parse("2026-07-01T09:00:00Z");

    private static Cohort restored(CohortStatus status) {
        CohortSchedule schedule = new CohortSchedule("Groep 1", 24, LocalDate.of(2025, 10, 1),
                LocalDate.of(2026, 6, 30), null, null, List.of("fac-1"));
        return Cohort.restore(UUID.randomUUID(), UUID.randomUUID(), schedule, status, null, 4);
    }

    @Test
    void completesAnOpenOrClosedCohortAndPublishesItsFinalFacts() {
        for (CohortStatus status : List.of(CohortStatus.OPEN, CohortStatus.CLOSED)) {
            Cohort cohort = restored(status);

            cohort.complete(NOW);

            assertThat(cohort.status()).isEqualTo(CohortStatus.COMPLETED);
            assertThat(cohort.version()).isEqualTo(5);
            assertThat(cohort.pendingEvents()).singleElement().isInstanceOfSatisfying(CohortCompleted.class, e -> {
                assertThat(e.cohortVersion()).isEqualTo(5);
                assertThat(e.cohort().status()).isEqualTo("COMPLETED");
                assertThat(e.cohort().trajectoryId()).isEqualTo(cohort.trajectoryId());
            });
        }
    }

    @Test
    void refusesToCompleteACohortThatDidNotRunOrIsOver() {
        for (CohortStatus status : List.of(CohortStatus.PLANNED, CohortStatus.CANCELLED, CohortStatus.COMPLETED)) {
            Cohort cohort = restored(status);

            assertThatThrownBy(() -> cohort.complete(NOW)).isInstanceOf(Conflict.class)
                    .hasMessageContaining(status.name());
            assertThat(cohort.pendingEvents()).isEmpty();
        }
    }

    @Test
    void aCompletedCohortCannotReopenOrBeCancelled() {
        Cohort cohort = restored(CohortStatus.COMPLETED);

        assertThatThrownBy(() -> cohort.open(NOW)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> cohort.cancel(NOW)).isInstanceOf(Conflict.class);
    }
}
