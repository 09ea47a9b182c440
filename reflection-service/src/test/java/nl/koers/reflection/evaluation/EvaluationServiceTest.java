package nl.koers.reflection.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.koers.defaults.problem.Conflict;
import nl.koers.defaults.problem.Forbidden;
import nl.koers.defaults.problem.NotFound;
import nl.koers.events.DomainEvent;
import nl.koers.reflection.membership.CohortMembership;
import nl.koers.reflection.membership.CohortSession;
import nl.koers.reflection.membership.FixedMemberships;
import nl.koers.reflection.membership.MemberStatus;
import org.junit.jupiter.api.Test;

class EvaluationServiceTest {

    private static final Instant NOW = Instant.parse("2026-07-01T09:00:00Z");
    private static final Map<String, Integer> RATINGS = Map.of("relevance", 4, "facilitation", 5, "peer-exchange", 5,
            "applicability", 3, "overall", 4);

    private final UUID over = UUID.randomUUID();
    private final UUID running = UUID.randomUUID();
    private final UUID completed = UUID.randomUUID();
    private final InMemoryEvaluations evaluations = new InMemoryEvaluations();
    private final Set<String> markers = new HashSet<>();
    private final Respondents respondents = new Respondents() {
        @Override
        public boolean mark(UUID cohortId, String participantId) {
            return markers.add(cohortId + "/" + participantId);
        }

        @Override
        public void unmark(UUID cohortId, String participantId) {
            markers.remove(cohortId + "/" + participantId);
        }

        @Override
        public Set<UUID> cohortsEvaluatedBy(String participantId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void forget(String participantId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void forgetIn(UUID cohortId) {
            throw new UnsupportedOperationException();
        }
    };
    private final EvaluationForms noForms = new EvaluationForms() {
        @Override
        public Optional<EvaluationForm> find(UUID trajectoryId) {
            return Optional.empty();
        }

        @Override
        public boolean save(EvaluationForm form, List<? extends DomainEvent> events) {
            return true;
        }
    };
    private final EvaluationService service = new EvaluationService(evaluations, respondents, noForms,
            new FixedMemberships().with(cohort(over, NOW.minusSeconds(3600))).with(cohort(running, NOW.plusSeconds(3600)))
                    .with(new CohortMembership(completed, UUID.randomUUID(), CohortMembership.COMPLETED, Set.of("fac-1"),
                            Map.of("p-eva", MemberStatus.COMPLETED), List.of())),
            Clock.fixed(NOW, ZoneOffset.UTC), new Random(7));

    @Test
    void acceptsOneEvaluationPerParticipantAfterTheLastSession() {
        assertThat(service.submit("p-ann", over, RATINGS, "Waardevol")).isEqualTo(1);

        assertThatThrownBy(() -> service.submit("p-ann", over, RATINGS, "nog eens")).isInstanceOf(Conflict.class)
                .hasMessageContaining("once");
        assertThat(evaluations.stored.get(over).responses()).hasSize(1);
    }

    @Test
    void letsAParticipantWhoCompletedEvaluateACompletedCohortEvenWithoutKnownSessions() {
        assertThat(service.submit("p-eva", completed, RATINGS, "Afgerond en waardevol")).isEqualTo(1);
    }

    @Test
    void refusesBeforeTheLastSessionHasEnded() {
        assertThatThrownBy(() -> service.submit("p-ann", running, RATINGS, null)).isInstanceOf(Conflict.class)
                .hasMessageContaining("last session");
        assertThat(markers).isEmpty();
    }

    @Test
    void refusesSomeoneWhoIsNotAConfirmedParticipant() {
        assertThatThrownBy(() -> service.submit("p-withdrawn", over, RATINGS, null)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> service.submit("fac-1", over, RATINGS, null)).isInstanceOf(Forbidden.class);
    }

    @Test
    void takesTheMarkerBackWhenTheResponseCannotBeStored() {
        evaluations.failing = true;

        assertThatThrownBy(() -> service.submit("p-ann", over, RATINGS, null)).isInstanceOf(IllegalStateException.class);

        evaluations.failing = false;
        assertThat(service.submit("p-ann", over, RATINGS, null)).isEqualTo(1);
    }

    @Test
    void showsTheSummaryToOrganisersAndTheCohortsFacilitatorsOnly() {
        assertThat(service.summary("organiser", true, over).suppressed()).isTrue();
        assertThat(service.summary("fac-1", false, over).suppressed()).isTrue();
        assertThatThrownBy(() -> service.summary("fac-2", false, over)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.summary("organiser", true, UUID.randomUUID())).isInstanceOf(NotFound.class);
    }

    private static CohortMembership cohort(UUID id, Instant lastEnds) {
        return new CohortMembership(id, UUID.randomUUID(), "CLOSED", Set.of("fac-1"),
                Map.of("p-ann", MemberStatus.CONFIRMED, "p-withdrawn", MemberStatus.WITHDRAWN),
                List.of(new CohortSession(UUID.randomUUID(), 1, lastEnds.minusSeconds(7200), lastEnds, false)));
    }

    private static final class InMemoryEvaluations implements CohortEvaluations {

        private final Map<UUID, CohortEvaluation> stored = new HashMap<>();
        private boolean failing;

        @Override
        public Optional<CohortEvaluation> find(UUID cohortId) {
            return Optional.ofNullable(stored.get(cohortId));
        }

        @Override
        public boolean save(CohortEvaluation evaluation) {
            if (failing) {
                throw new IllegalStateException("database unavailable");
            }
            stored.put(evaluation.cohortId(), evaluation);
            return true;
        }
    }
}
