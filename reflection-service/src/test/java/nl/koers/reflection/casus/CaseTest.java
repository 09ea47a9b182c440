package nl.koers.reflection.casus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.events.CaseAnalysed;
import org.junit.jupiter.api.Test;

class CaseTest {

    private static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");
    private final UUID cohort = UUID.randomUUID();
    private final CohortRoles roles = CohortRoles.defaults(cohort);

    @Test
    void aCohortHasTheFourRolesOfTheFanUntilItsOrganiserDefinesOthers() {
        assertThat(roles.roles()).extracting(FanRole::key).containsExactly("board", "team-leader", "team", "quality-officer");
        assertThat(roles.version()).isZero();
        assertThatThrownBy(() -> roles.replacedBy(List.of())).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> roles.replacedBy(List.of(new FanRole("team", "A"), new FanRole("team", "B"))))
                .isInstanceOf(InvalidRequest.class);
    }

    @Test
    void analysesACaseWithTheRolesInvolvedInTheOrderOfTheFan() {
        Case brought = Case.bringIn(cohort, "p-ann", new CaseDescription("Uitval in leerjaar 1", "Situatie", null), NOW);
        Map<String, String> contributions = new LinkedHashMap<>();
        contributions.put("team", "Data over uitval bespreken");
        contributions.put("board", "Ruimte geven");

        brought.analyse(contributions, roles, NOW);

        assertThat(brought.status()).isEqualTo(CaseStatus.ANALYSED);
        assertThat(brought.description().visibility().name()).isEqualTo("COHORT");
        assertThat(brought.analysis()).extracting(RoleContribution::roleKey).containsExactly("board", "team");
        assertThat(brought.pendingEvents()).singleElement().isInstanceOfSatisfying(CaseAnalysed.class, e -> {
            assertThat(e.rolesInvolved()).containsExactly("board", "team");
            assertThat(e.toString()).doesNotContain("uitval");
        });
    }

    @Test
    void refusesRolesTheCohortDoesNotHave() {
        Case brought = Case.bringIn(cohort, "p-ann", new CaseDescription("Titel", "Situatie", null), NOW);

        assertThatThrownBy(() -> brought.analyse(Map.of("student", "meedenken"), roles, NOW))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("student");
        assertThatThrownBy(() -> brought.analyse(Map.of(), roles, NOW)).isInstanceOf(InvalidRequest.class);
    }
}
