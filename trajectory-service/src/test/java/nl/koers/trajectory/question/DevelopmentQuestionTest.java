package nl.koers.trajectory.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.koers.defaults.messaging.EventJson;
import nl.koers.defaults.problem.Conflict;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.events.DevelopmentQuestionLogged;
import nl.koers.events.DevelopmentQuestionRefined;
import nl.koers.events.DevelopmentQuestionVisibilityChanged;
import nl.koers.events.DomainEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DevelopmentQuestionTest {

    private static final Instant NOW = Instant.parse("2025-10-01T12:00:00Z");
    private static final UUID COHORT = UUID.randomUUID();
    private static final UUID OTHER_COHORT = UUID.randomUUID();
    private static final String TEXT = "Hoe krijg ik mijn team mee in de PDCA-cyclus van de opleiding?";

    private static DevelopmentQuestion logged(Visibility visibility) {
        return DevelopmentQuestion.log(COHORT, "ann", TEXT, QuestionScope.INDIVIDUAL, visibility, NOW);
    }

    @Test
    void logsRevisionOneAndAnEventWithoutTheText() {
        DevelopmentQuestion question = logged(Visibility.FACILITATORS);

        assertThat(question.current().number()).isEqualTo(1);
        assertThat(question.version()).isEqualTo(1);
        DomainEvent event = question.pendingEvents().getFirst();
        assertThat(event).isInstanceOfSatisfying(DevelopmentQuestionLogged.class, e -> {
            assertThat(e.questionId()).isEqualTo(question.id());
            assertThat(e.cohortId()).isEqualTo(COHORT);
            assertThat(e.participantId()).isEqualTo("ann");
            assertThat(e.scope()).isEqualTo("INDIVIDUAL");
            assertThat(e.visibility()).isEqualTo("FACILITATORS");
            assertThat(e.revision()).isEqualTo(1);
        });
        assertThat(EventJson.writeString(event)).doesNotContain("PDCA");
    }

    @Test
    void keepsEveryRefinementInOrderSoTheMoveToATeamQuestionShows() {
        DevelopmentQuestion question = logged(Visibility.COHORT);
        UUID session = UUID.randomUUID();

        question.refine("Hoe werk ik met mijn team aan de PDCA-cyclus?", QuestionScope.INDIVIDUAL, null, "", NOW);
        question.refine("Hoe maken wij als team de PDCA-cyclus van ons?", QuestionScope.TEAM, session,
                "Na de interviews: het is een teamvraag", NOW);

        assertThat(question.revisions()).extracting(Revision::number, Revision::scope).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, QuestionScope.INDIVIDUAL),
                org.assertj.core.groups.Tuple.tuple(2, QuestionScope.INDIVIDUAL),
                org.assertj.core.groups.Tuple.tuple(3, QuestionScope.TEAM));
        assertThat(question.current().sessionId()).isEqualTo(session);
        assertThat(question.version()).isEqualTo(3);
        assertThat(question.pendingEvents().getLast()).isInstanceOfSatisfying(DevelopmentQuestionRefined.class, e -> {
            assertThat(e.revision()).isEqualTo(3);
            assertThat(e.previousScope()).isEqualTo("INDIVIDUAL");
            assertThat(e.scope()).isEqualTo("TEAM");
            assertThat(e.sessionId()).isEqualTo(session);
            assertThat(e.questionVersion()).isEqualTo(3);
            assertThat(EventJson.writeString(e)).doesNotContain("PDCA").doesNotContain("interviews");
        });
    }

    @Test
    void refusesARevisionThatRepeatsTheCurrentQuestion() {
        DevelopmentQuestion question = logged(Visibility.PRIVATE);

        assertThatThrownBy(() -> question.refine("  " + TEXT + " ", QuestionScope.INDIVIDUAL, null, null, NOW))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("repeats");
        question.refine(TEXT, QuestionScope.TEAM, null, null, NOW);
        assertThat(question.current().scope()).isEqualTo(QuestionScope.TEAM);
    }

    @Test
    void refusesBlankOrOverlongTextAndMoreThanFiftyRevisions() {
        assertThatThrownBy(() -> DevelopmentQuestion.log(COHORT, "ann", " ", QuestionScope.TEAM, Visibility.PRIVATE, NOW))
                .isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> DevelopmentQuestion.log(COHORT, "ann", "x".repeat(2001), QuestionScope.TEAM,
                Visibility.PRIVATE, NOW)).isInstanceOf(InvalidRequest.class).hasMessageContaining("2000");
        DevelopmentQuestion question = logged(Visibility.PRIVATE);
        for (int i = 2; i <= DevelopmentQuestion.MAX_REVISIONS; i++) {
            question.refine("Versie " + i, QuestionScope.INDIVIDUAL, null, null, NOW);
        }
        assertThatThrownBy(() -> question.refine("Nog een", QuestionScope.TEAM, null, null, NOW))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void changesVisibilityOnlyWhenItDiffers() {
        DevelopmentQuestion question = logged(Visibility.PRIVATE);

        question.changeVisibility(Visibility.PRIVATE, NOW);
        question.changeVisibility(Visibility.COHORT, NOW);

        assertThat(question.version()).isEqualTo(2);
        assertThat(question.pendingEvents()).hasSize(2).last()
                .isInstanceOfSatisfying(DevelopmentQuestionVisibilityChanged.class,
                        e -> assertThat(e.visibility()).isEqualTo("COHORT"));
    }

    @ParameterizedTest(name = "{0} question, {1}: {2}")
    @CsvSource({
            "PRIVATE, owner, true", "PRIVATE, cohort participant, false", "PRIVATE, cohort facilitator, false",
            "PRIVATE, organiser, false",
            "FACILITATORS, owner, true", "FACILITATORS, cohort participant, false",
            "FACILITATORS, cohort facilitator, true", "FACILITATORS, other cohort's facilitator, false",
            "FACILITATORS, organiser, false",
            "COHORT, owner, true", "COHORT, cohort participant, true", "COHORT, cohort facilitator, true",
            "COHORT, other cohort's participant, false", "COHORT, other cohort's facilitator, false",
            "COHORT, organiser, false"})
    void readableByFollowsTheOwnersChoice(Visibility visibility, String reader, boolean readable) {
        QuestionReader who = switch (reader) {
            case "owner" -> new QuestionReader("ann", Set.of(), Set.of(COHORT));
            case "cohort participant" -> new QuestionReader("bea", Set.of(), Set.of(COHORT));
            case "cohort facilitator" -> new QuestionReader("fac-1", Set.of(COHORT), Set.of());
            case "other cohort's participant" -> new QuestionReader("cas", Set.of(), Set.of(OTHER_COHORT));
            case "other cohort's facilitator" -> new QuestionReader("fac-2", Set.of(OTHER_COHORT), Set.of());
            default -> new QuestionReader("organiser", Set.of(), Set.of());
        };

        assertThat(logged(visibility).readableBy(who)).isEqualTo(readable);
    }
}
