package nl.koers.trajectory.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.events.CohortRetentionExpired;
import nl.koers.events.DomainEvent;
import nl.koers.events.TrajectoryActionAudited;
import nl.koers.trajectory.trajectory.Trajectories;
import nl.koers.trajectory.trajectory.Trajectory;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * Which ended cohorts retention expires: the completed and cancelled ones whose end plus their trajectory's months
 * (or the default) has passed, each announced with its audit entry in the one write that marks it.
 */
class CohortRetentionTest {

    private static final Instant NOW = Instant.parse("2028-06-01T09:00:00Z");
    private static final CohortSchedule SCHEDULE = new CohortSchedule("Groep 1", 20, LocalDate.of(2025, 10, 1),
            LocalDate.of(2026, 3, 31), null, null, List.of());

    private final Cohorts cohorts = mock(Cohorts.class);
    private final Trajectories trajectories = mock(Trajectories.class);
    private final CohortRetention retention = new CohortRetention(cohorts, trajectories, 24,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void expiresACohortThatEndedLongerAgoThanTheDefaultAndSaysSoWithAnAuditEntry() {
        Trajectory trajectory = trajectory(null);
        Cohort due = ended(trajectory, CohortStatus.COMPLETED, Instant.parse("2026-05-31T12:00:00Z"));
        when(cohorts.endedKeepingPersonalData(any())).thenReturn(List.of(due));
        when(cohorts.markPersonalDataExpired(eq(due.id()), eq(NOW), any())).thenReturn(true);

        assertThat(retention.expireDue()).isEqualTo(1);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<DomainEvent>> events = ArgumentCaptor.forClass(List.class);
        verify(cohorts).markPersonalDataExpired(eq(due.id()), eq(NOW), events.capture());
        assertThat(events.getValue()).hasSize(2);
        assertThat(events.getValue().getFirst()).isInstanceOfSatisfying(CohortRetentionExpired.class, e -> {
            assertThat(e.cohortId()).isEqualTo(due.id());
            assertThat(e.trajectoryId()).isEqualTo(trajectory.id());
            assertThat(e.endedOn()).isEqualTo(LocalDate.of(2026, 5, 31));
            assertThat(e.retentionMonths()).isEqualTo(24);
        });
        assertThat(events.getValue().get(1)).isInstanceOfSatisfying(TrajectoryActionAudited.class, e -> {
            assertThat(e.entry().actorId()).isEqualTo("system");
            assertThat(e.entry().action()).isEqualTo("cohort.personal-data-expired");
            assertThat(e.entry().details()).containsEntry("retentionMonths", "24");
        });
    }

    @Test
    void keepsACohortWhoseTrajectoryKeepsDataLongerThanTheDefault() {
        Trajectory trajectory = trajectory(36);
        Cohort kept = ended(trajectory, CohortStatus.CANCELLED, Instant.parse("2026-05-31T12:00:00Z"));
        when(cohorts.endedKeepingPersonalData(any())).thenReturn(List.of(kept));

        assertThat(retention.expireDue()).isZero();
        verify(cohorts, never()).markPersonalDataExpired(any(), any(), any());
    }

    @Test
    void expiresEarlierWhenTheTrajectorySetsAShorterPeriod() {
        Trajectory trajectory = trajectory(12);
        Cohort due = ended(trajectory, CohortStatus.CANCELLED, Instant.parse("2027-05-31T12:00:00Z"));
        when(cohorts.endedKeepingPersonalData(any())).thenReturn(List.of(due));
        when(cohorts.markPersonalDataExpired(eq(due.id()), eq(NOW), any())).thenReturn(true);

        assertThat(retention.expireDue()).isEqualTo(1);
    }

    @Test
    void countsNothingWhenAnotherInstanceMarkedTheCohortFirst() {
        Trajectory trajectory = trajectory(null);
        Cohort due = ended(trajectory, CohortStatus.COMPLETED, Instant.parse("2025-05-31T12:00:00Z"));
        when(cohorts.endedKeepingPersonalData(any())).thenReturn(List.of(due));
        when(cohorts.markPersonalDataExpired(any(), any(), any())).thenReturn(false);

        assertThat(retention.expireDue()).isZero();
    }

    @Test
    void countsACohortThatEndedBeforeItsEndWasKeptFromItsLastPlannedDay() {
        Cohort legacy = Cohort.restore(UUID.randomUUID(), UUID.randomUUID(), SCHEDULE, CohortStatus.COMPLETED, null, 5);

        assertThat(legacy.endedAt()).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
    }

    @Test
    void recordsWhenACohortWasCompletedOrCancelled() {
        Cohort completed = Cohort.restore(UUID.randomUUID(), UUID.randomUUID(), SCHEDULE, CohortStatus.OPEN, null, 3);
        Cohort cancelled = Cohort.restore(UUID.randomUUID(), UUID.randomUUID(), SCHEDULE, CohortStatus.PLANNED, null, 1);
        assertThat(completed.endedAt()).isNull();

        completed.complete(Instant.parse("2026-04-01T10:00:00.123456Z"));
        cancelled.cancel(Instant.parse("2026-04-02T10:00:00Z"));

        assertThat(completed.endedAt()).isEqualTo(Instant.parse("2026-04-01T10:00:00.123Z"));
        assertThat(cancelled.endedAt()).isEqualTo(Instant.parse("2026-04-02T10:00:00Z"));
    }

    private Trajectory trajectory(Integer months) {
        Trajectory trajectory = Trajectory.create("LOCK", "", "Platform", List.of(), List.of(), months, "org-1",
                Instant.parse("2025-01-01T00:00:00Z"));
        when(trajectories.findAll(anyCollection())).thenReturn(Map.of(trajectory.id(), trajectory));
        return trajectory;
    }

    private static Cohort ended(Trajectory trajectory, CohortStatus status, Instant endedAt) {
        return Cohort.restore(UUID.randomUUID(), trajectory.id(), SCHEDULE, status, endedAt, 6);
    }
}
