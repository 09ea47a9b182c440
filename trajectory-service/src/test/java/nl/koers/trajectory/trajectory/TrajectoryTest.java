package nl.koers.trajectory.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.events.TrajectoryCreated;
import nl.koers.events.TrajectoryRevised;
import org.junit.jupiter.api.Test;

class TrajectoryTest {

    private static final Instant NOW = Instant.parse("2025-09-01T09:00:00.123456Z");

    @Test
    void createsATrajectoryAndRecordsIt() {
        Trajectory trajectory = Trajectory.create("Onderwijskundig leiderschap", null, "NCP EQAVET",
                List.of("teams-aan-zet"), List.of(), null, "organiser-1", NOW);

        assertThat(trajectory.description()).isEmpty();
        assertThat(trajectory.createdAt()).isEqualTo(Instant.parse("2025-09-01T09:00:00.123Z"));
        assertThat(trajectory.pendingEvents()).singleElement().isInstanceOfSatisfying(TrajectoryCreated.class, e -> {
            assertThat(e.trajectoryId()).isEqualTo(trajectory.id());
            assertThat(e.organiser()).isEqualTo("NCP EQAVET");
            assertThat(e.coalitionIds()).containsExactly("teams-aan-zet");
        });
    }

    @Test
    void aRevisionRaisesTheVersionAndIsToldOnlyWhenTheOwnersChange() {
        Trajectory trajectory = Trajectory.create("LOCK", null, "Platform Samen Opleiden", List.of("lock"), List.of(),
                null, "organiser-1", NOW);

        Trajectory retitled = trajectory.revise("LOCK: leren in de school", "Vier bijeenkomsten", " Platform Samen Opleiden ",
                List.of("lock"), List.of(), null, NOW);
        assertThat(retitled.version()).isEqualTo(2);
        assertThat(retitled.title()).isEqualTo("LOCK: leren in de school");
        assertThat(retitled.createdBy()).isEqualTo("organiser-1");
        assertThat(retitled.pendingEvents()).isEmpty();

        Trajectory moved = retitled.revise("LOCK", "", "Platform Samen Opleiden", List.of("lock", "kwaliteitsnetwerk-mbo"),
                List.of(), null, NOW);
        assertThat(moved.version()).isEqualTo(3);
        assertThat(moved.pendingEvents()).singleElement().isInstanceOfSatisfying(TrajectoryRevised.class, e -> {
            assertThat(e.version()).isEqualTo(3);
            assertThat(e.coalitionIds()).containsExactly("lock", "kwaliteitsnetwerk-mbo");
        });
        assertThatThrownBy(() -> moved.revise("", "", "Platform Samen Opleiden", List.of(), List.of(), null, NOW))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("title");
    }

    @Test
    void keepsTheRetentionPeriodTheOrganiserSetOrNoneForTheDefault() {
        Trajectory own = Trajectory.create("LOCK", "", "Platform", List.of(), List.of(), 36, "organiser-1", NOW);
        Trajectory none = own.revise("LOCK", "", "Platform", List.of(), List.of(), null, NOW);

        assertThat(own.retentionMonths()).isEqualTo(36);
        assertThat(none.retentionMonths()).isNull();
        assertThat(none.changedSince(own)).containsExactly("retentionMonths");
        assertThat(Retention.effectiveMonths(none.retentionMonths(), 24)).isEqualTo(24);
        assertThat(Retention.effectiveMonths(own.retentionMonths(), 24)).isEqualTo(36);
    }

    @Test
    void refusesARetentionPeriodOutsideOneToAHundredAndTwentyMonths() {
        for (int months : new int[] {0, 121, -1}) {
            assertThatThrownBy(() -> Trajectory.create("LOCK", "", "Platform", List.of(), List.of(), months,
                    "organiser-1", NOW)).isInstanceOf(InvalidRequest.class).hasMessageContaining("retentionMonths");
        }
        assertThat(Trajectory.create("LOCK", "", "Platform", List.of(), List.of(), 120, "organiser-1", NOW)
                .retentionMonths()).isEqualTo(120);
        assertThat(Trajectory.create("LOCK", "", "Platform", List.of(), List.of(), 1, "organiser-1", NOW)
                .retentionMonths()).isEqualTo(1);
    }

    @Test
    void namesWhatARevisionChangedWithoutItsValues() {
        Trajectory trajectory = Trajectory.create("LOCK", "", "Platform", List.of("lock"), List.of(), null,
                "organiser-1", NOW);
        Trajectory revised = trajectory.revise("LOCK 2", "Nieuw", "Platform", List.of("lock"), List.of(), 12, NOW);

        assertThat(revised.changedSince(trajectory)).containsExactly("title", "description", "retentionMonths");
        assertThat(trajectory.changedSince(trajectory)).isEmpty();
    }

    @Test
    void refusesABlankTitle() {
        assertThatThrownBy(() -> Trajectory.create(" ", "", "NCP EQAVET", List.of(), List.of(), null, "organiser-1", NOW))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("title");
    }

    @Test
    void refusesACoalitionIdWithCapitals() {
        assertThatThrownBy(() -> Trajectory.create("LOCK", "", "Platform Samen Opleiden", List.of("Teams"),
                List.of(), null, "organiser-1", NOW)).isInstanceOf(InvalidRequest.class).hasMessageContaining("Teams");
    }

    @Test
    void carriesTheNcpEqavetFourSessionBlueprintInOrder() {
        UUID fan = UUID.randomUUID();
        Trajectory trajectory = Trajectory.create("Onderwijskundig leiderschap", "", "NCP EQAVET", List.of(),
                NcpEqavetBlueprint.sessions(fan), null, "organiser-1", NOW);

        assertThat(trajectory.sessionBlueprint()).extracting(SessionBlueprint::title).containsExactly(
                "Ontwikkelvragen verdiepen", "Toegewezen rol en eigen invulling",
                "Casussen, invloedsstijlen en aanpakplannen", "Ervaringen delen en evalueren");
        assertThat(trajectory.sessionBlueprint().getFirst().agenda()).extracting(AgendaItem::workForm)
                .containsExactly(WorkForm.INTERVIEW, WorkForm.REFINEMENT_EXERCISE, WorkForm.STAKEHOLDER_MAP);
        assertThat(trajectory.instrumentIds()).containsExactly(fan);
    }

    @Test
    void refusesABlueprintLongerThanTwentySessions() {
        List<SessionBlueprint> tooMany = Collections.nCopies(21, new SessionBlueprint("Sessie", "", List.of()));
        assertThatThrownBy(() -> Trajectory.create("LOCK", "", "Platform", List.of(), tooMany, null, "organiser-1", NOW))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("20");
    }

    @Test
    void refusesAnAgendaItemWithoutMinutesOrWithTooMany() {
        assertThatThrownBy(() -> new AgendaItem(WorkForm.INTERVIEW, "", 0, null)).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> new AgendaItem(WorkForm.INTERVIEW, "", 481, null)).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> new AgendaItem(null, "", 30, null)).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("work form");
    }
}
