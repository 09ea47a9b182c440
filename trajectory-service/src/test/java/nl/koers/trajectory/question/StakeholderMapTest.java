package nl.koers.trajectory.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import nl.koers.defaults.messaging.EventJson;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.events.StakeholderMapUpdated;
import org.junit.jupiter.api.Test;

class StakeholderMapTest {

    private static final Instant NOW = Instant.parse("2025-10-01T12:00:00Z");
    private static final DevelopmentQuestion QUESTION = DevelopmentQuestion.log(UUID.randomUUID(), "ann",
            "Hoe betrek ik de opleidingsmanager?", QuestionScope.INDIVIDUAL, Visibility.FACILITATORS, NOW);

    private static Stakeholder stakeholder(String name, int influence, int interest, boolean toInvolve) {
        return new Stakeholder(name, "teamleider", OrganisationalLevel.DEPARTMENT, influence, interest,
                Stance.SUPPORTER, toInvolve, "");
    }

    @Test
    void derivesEachStakeholdersQuadrantWithThreeCountingAsHigh() {
        assertThat(stakeholder("a", 5, 5, false).quadrant()).isEqualTo(Quadrant.MANAGE_CLOSELY);
        assertThat(stakeholder("b", 3, 3, false).quadrant()).isEqualTo(Quadrant.MANAGE_CLOSELY);
        assertThat(stakeholder("c", 4, 2, false).quadrant()).isEqualTo(Quadrant.KEEP_SATISFIED);
        assertThat(stakeholder("d", 2, 4, false).quadrant()).isEqualTo(Quadrant.KEEP_INFORMED);
        assertThat(stakeholder("e", 1, 2, false).quadrant()).isEqualTo(Quadrant.MONITOR);
    }

    @Test
    void replacesTheWholeMapAndListsWhoStillNeedsToBeInvolved() {
        StakeholderMap map = StakeholderMap.empty(QUESTION.id());

        map.replace(List.of(stakeholder("Marieke de Boer", 5, 4, true), stakeholder("Examencommissie", 4, 1, false),
                stakeholder("Docententeam", 2, 5, true)), QUESTION, NOW);

        assertThat(map.version()).isEqualTo(1);
        assertThat(map.stillToInvolve()).extracting(Stakeholder::nameOrRole)
                .containsExactly("Marieke de Boer", "Docententeam");
        assertThat(map.count(Quadrant.KEEP_SATISFIED)).isEqualTo(1);
        assertThat(map.pendingEvents()).singleElement().isInstanceOfSatisfying(StakeholderMapUpdated.class, e -> {
            assertThat(e.mapVersion()).isEqualTo(1);
            assertThat(e.stakeholders()).isEqualTo(3);
            assertThat(e.stillToInvolve()).isEqualTo(2);
            assertThat(e.manageClosely()).isEqualTo(1);
            assertThat(e.keepInformed()).isEqualTo(1);
            assertThat(e.participantId()).isEqualTo("ann");
            assertThat(EventJson.writeString(e)).doesNotContain("Marieke").doesNotContain("Examencommissie");
        });
    }

    @Test
    void refusesMoreThanAHundredStakeholdersAndBadRatings() {
        StakeholderMap map = StakeholderMap.empty(QUESTION.id());
        List<Stakeholder> tooMany = Collections.nCopies(101, stakeholder("x", 1, 1, false));

        assertThatThrownBy(() -> map.replace(tooMany, QUESTION, NOW)).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("100");
        assertThatThrownBy(() -> stakeholder("x", 6, 1, false)).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> stakeholder(" ", 1, 1, false)).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> new Stakeholder("x", "", null, 1, 1, null, false, ""))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("level");
        assertThat(new Stakeholder("x", null, OrganisationalLevel.BOARD, 1, 1, null, false, null).stance())
                .isEqualTo(Stance.UNKNOWN);
        assertThat(map.version()).isZero();
    }
}
