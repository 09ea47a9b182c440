package nl.koers.trajectory.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.koers.defaults.problem.Conflict;
import nl.koers.events.CohortCancelled;
import nl.koers.events.CohortClosed;
import nl.koers.events.CohortOpened;
import nl.koers.events.CohortPlanned;
import org.junit.jupiter.api.Test;

class CohortTest {

    private static final Instant NOW = Instant.parse("2025-09-01T09:00:00Z");
    private static final UUID TRAJECTORY = UUID.randomUUID();

    private static Cohort planned() {
        return Cohort.plan(TRAJECTORY, new CohortSchedule("Groep 1", 24, LocalDate.of(2025, 10, 1),
                LocalDate.of(2026, 6, 30), null, null, List.of("fac-1")), NOW);
    }

    private static Cohort restored(CohortStatus status) {
        Cohort cohort = planned();
        return Cohort.restore(cohort.id(), TRAJECTORY, cohort.schedule(), status, null, 4);
    }

    @Test
    void plansACohortAtVersionOneWithItsFacts() {
        Cohort cohort = planned();

        assertThat(cohort.status()).isEqualTo(CohortStatus.PLANNED);
        assertThat(cohort.version()).isEqualTo(1);
        assertThat(cohort.pendingEvents()).singleElement().isInstanceOfSatisfying(CohortPlanned.class, e -> {
            assertThat(e.cohortId()).isEqualTo(cohort.id());
            assertThat(e.cohortVersion()).isEqualTo(1);
            assertThat(e.cohort().status()).isEqualTo("PLANNED");
            assertThat(e.cohort().capacity()).isEqualTo(24);
            assertThat(e.cohort().facilitatorIds()).containsExactly("fac-1");
        });
    }

    @Test
    void opensAPlannedCohort() {
        Cohort cohort = restored(CohortStatus.PLANNED);

        cohort.open(NOW);

        assertThat(cohort.status()).isEqualTo(CohortStatus.OPEN);
        assertThat(cohort.version()).isEqualTo(5);
        assertThat(cohort.pendingEvents()).singleElement().isInstanceOfSatisfying(CohortOpened.class, e -> {
            assertThat(e.cohortVersion()).isEqualTo(5);
            assertThat(e.cohort().status()).isEqualTo("OPEN");
        });
    }

    @Test
    void closesAnOpenCohort() {
        Cohort cohort = restored(CohortStatus.OPEN);

        cohort.close(NOW);

        assertThat(cohort.status()).isEqualTo(CohortStatus.CLOSED);
        assertThat(cohort.pendingEvents()).singleElement().isInstanceOf(CohortClosed.class);
    }

    @Test
    void reopensAClosedCohort() {
        Cohort cohort = restored(CohortStatus.CLOSED);

        cohort.open(NOW);

        assertThat(cohort.status()).isEqualTo(CohortStatus.OPEN);
    }

    @Test
    void cancelsAPlannedOpenOrClosedCohort() {
        for (CohortStatus status : List.of(CohortStatus.PLANNED, CohortStatus.OPEN, CohortStatus.CLOSED)) {
            Cohort cohort = restored(status);

            cohort.cancel(NOW);

            assertThat(cohort.status()).isEqualTo(CohortStatus.CANCELLED);
            assertThat(cohort.pendingEvents()).singleElement().isInstanceOfSatisfying(CohortCancelled.class,
                    e -> assertThat(e.cohort().status()).isEqualTo("CANCELLED"));
        }
    }

    @Test
    void countsEveryChangeInTheVersion() {
        Cohort cohort = planned();

        cohort.open(NOW);
        cohort.close(NOW);
        cohort.open(NOW);

        assertThat(cohort.version()).isEqualTo(4);
        assertThat(cohort.pendingEvents()).hasSize(4);
    }

    @Test
    void refusesToOpenACancelledCohort() {
        Cohort cohort = restored(CohortStatus.CANCELLED);

        assertThatThrownBy(() -> cohort.open(NOW)).isInstanceOf(Conflict.class).hasMessageContaining("CANCELLED");
        assertThat(cohort.version()).isEqualTo(4);
        assertThat(cohort.pendingEvents()).isEmpty();
    }

    @Test
    void refusesToOpenAnOpenCohort() {
        assertThatThrownBy(() -> restored(CohortStatus.OPEN).open(NOW))
                .isInstanceOf(Conflict.class).hasMessageContaining("is OPEN");
    }

    @Test
    void refusesToCloseACohortThatIsNotOpen() {
        for (CohortStatus status : List.of(CohortStatus.PLANNED, CohortStatus.CLOSED, CohortStatus.CANCELLED)) {
            assertThatThrownBy(() -> restored(status).close(NOW)).isInstanceOf(Conflict.class);
        }
    }

    @Test
    void refusesToCancelACancelledCohort() {
        assertThatThrownBy(() -> restored(CohortStatus.CANCELLED).cancel(NOW)).isInstanceOf(Conflict.class);
    }

    @Test
    void knowsItsFacilitators() {
        Cohort cohort = planned();

        assertThat(cohort.isFacilitatedBy("fac-1")).isTrue();
        assertThat(cohort.isFacilitatedBy("fac-2")).isFalse();
    }
}
