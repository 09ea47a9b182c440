package nl.koers.trajectory.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.events.TrajectoryCreated;
import org.junit.jupiter.api.Test;

class TrajectoryTest {

    private static final Instant NOW = Instant.parse("2025-09-01T09:00:00.123456Z");

    @Test
    void createsATrajectoryAndRecordsIt() {
        Trajectory trajectory = Trajectory.create("Onderwijskundig leiderschap", null, "NCP EQAVET",
                List.of("teams-aan-zet"), "organiser-1", NOW);

        assertThat(trajectory.description()).isEmpty();
        assertThat(trajectory.createdAt()).isEqualTo(Instant.parse("2025-09-01T09:00:00.123Z"));
        assertThat(trajectory.pendingEvents()).singleElement().isInstanceOfSatisfying(TrajectoryCreated.class, e -> {
            assertThat(e.trajectoryId()).isEqualTo(trajectory.id());
            assertThat(e.organiser()).isEqualTo("NCP EQAVET");
            assertThat(e.coalitionIds()).containsExactly("teams-aan-zet");
        });
    }

    @Test
    void refusesABlankTitle() {
        assertThatThrownBy(() -> Trajectory.create(" ", "", "NCP EQAVET", List.of(), "organiser-1", NOW))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("title");
    }

    @Test
    void refusesACoalitionIdWithCapitals() {
        assertThatThrownBy(() -> Trajectory.create("LOCK", "", "Platform Samen Opleiden", List.of("Teams"),
                "organiser-1", NOW)).isInstanceOf(InvalidRequest.class).hasMessageContaining("Teams");
    }
}
