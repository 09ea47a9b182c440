package nl.koers.reflection.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.events.EvaluationSubmitted;
import org.junit.jupiter.api.Test;

class CohortEvaluationTest {

    private static final Instant NOW = Instant.parse("2026-06-30T18:00:00Z");
    private final UUID cohort = UUID.randomUUID();
    private final EvaluationForm form = new EvaluationForm(UUID.randomUUID(),
            List.of(new EvaluationItem("relevance", "Relevantie"), new EvaluationItem("overall", "Geheel")), 1);

    @Test
    void acceptsEveryItemRatedOneToFiveAndNothingElse() {
        assertThat(form.respond(Map.of("relevance", 4, "overall", 5), "  Sparren was waardevol ").comment())
                .isEqualTo("Sparren was waardevol");
        assertThatThrownBy(() -> form.respond(Map.of("relevance", 4), null)).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("overall");
        assertThatThrownBy(() -> form.respond(Map.of("relevance", 4, "overall", 5, "catering", 3), null))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("catering");
        assertThatThrownBy(() -> form.respond(Map.of("relevance", 0, "overall", 5), null)).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> form.respond(Map.of("relevance", 6, "overall", 5), null)).isInstanceOf(InvalidRequest.class);
    }

    @Test
    void showsNothingAtAllBelowFiveResponses() {
        CohortEvaluation evaluation = responses(4);

        EvaluationSummary summary = evaluation.summary(form);

        assertThat(summary.suppressed()).isTrue();
        assertThat(summary.responses()).isNull();
        assertThat(summary.items()).isNull();
        assertThat(summary.comments()).isNull();
    }

    @Test
    void summarisesAveragesDistributionAndCommentsFromFiveResponses() {
        CohortEvaluation evaluation = responses(5);

        EvaluationSummary summary = evaluation.summary(form);

        assertThat(summary.suppressed()).isFalse();
        assertThat(summary.responses()).isEqualTo(5);
        EvaluationSummary.ItemSummary relevance = summary.items().getFirst();
        assertThat(relevance.key()).isEqualTo("relevance");
        assertThat(relevance.label()).isEqualTo("Relevantie");
        // Ratings 1, 2, 3, 4, 5.
        assertThat(relevance.average()).isEqualTo(3.0);
        assertThat(relevance.distribution()).isEqualTo(Map.of(1, 1, 2, 1, 3, 1, 4, 1, 5, 1));
        assertThat(summary.comments()).hasSize(5).allMatch(c -> c.startsWith("Opmerking"));
    }

    @Test
    void publishesRatingsAndACountButNoCommentAndNoParticipant() {
        CohortEvaluation evaluation = CohortEvaluation.none(cohort, form.trajectoryId())
                .add(form.respond(Map.of("relevance", 4, "overall", 5), "Geheim commentaar"), new Random(1), NOW);

        assertThat(evaluation.pendingEvents()).singleElement().isInstanceOfSatisfying(EvaluationSubmitted.class, e -> {
            assertThat(e.ratings()).containsEntry("relevance", 4);
            assertThat(e.responseCount()).isEqualTo(1);
            assertThat(e.toString()).doesNotContain("Geheim");
        });
    }

    @Test
    void keepsResponsesInAnOrderThatDoesNotFollowSubmission() {
        CohortEvaluation evaluation = CohortEvaluation.none(cohort, null);
        Random random = new Random(42);
        for (int n = 1; n <= 30; n++) {
            evaluation = evaluation.add(new EvaluationResponse(Map.of("overall", 3), "r" + n), random, NOW);
        }
        List<String> order = evaluation.responses().stream().map(EvaluationResponse::comment).toList();

        assertThat(order).hasSize(30).isNotEqualTo(java.util.stream.IntStream.rangeClosed(1, 30).mapToObj(n -> "r" + n).toList());
    }

    private CohortEvaluation responses(int count) {
        CohortEvaluation evaluation = CohortEvaluation.none(cohort, form.trajectoryId());
        for (int n = 1; n <= count; n++) {
            evaluation = evaluation.add(form.respond(Map.of("relevance", n, "overall", 5), "Opmerking " + n),
                    new Random(n), NOW);
        }
        return evaluation;
    }
}
