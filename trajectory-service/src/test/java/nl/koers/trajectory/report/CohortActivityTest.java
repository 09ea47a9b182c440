package nl.koers.trajectory.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.time.Instant;
import java.util.UUID;
import nl.koers.events.DevelopmentQuestionLogged;
import nl.koers.events.DomainEvent;
import nl.koers.events.EvaluationSubmitted;
import nl.koers.events.InterventionPlanned;
import nl.koers.events.ReflectionWritten;
import nl.koers.events.ParticipantProfileUpdated;
import org.junit.jupiter.api.Test;

class CohortActivityTest {

    private final CohortStory story = new CohortStory("teams-aan-zet", 8);
    private final List<DomainEvent> events = story.events();

    @Test
    void countsWhatTheStoryCreated() {
        Tally t = tally(events);

        assertThat(t.get("participation.enrolled")).isEqualTo(8);
        assertThat(t.get("participation.completed")).isEqualTo(7);
        assertThat(t.get("participation.withdrawn")).isEqualTo(1);
        assertThat(t.get("participation.waitlisted")).isEqualTo(2);
        assertThat(t.get("completion.completed")).isEqualTo(7);
        assertThat(t.get("completion.enrolled")).isEqualTo(8);
        assertThat(t.under("sector")).containsExactlyInAnyOrderEntriesOf(Map.of("HBO", 2L, "MBO", 6L));
        assertThat(t.under("institution")).containsExactlyInAnyOrderEntriesOf(Map.of("ROC Midden", 4L, "ROC Oost", 4L));
        assertThat(t.get("sessions.held")).isEqualTo(2);
        assertThat(t.get("sessions.cancelled")).isEqualTo(1);
        assertThat(t.get("session.1.present")).isEqualTo(7);
        assertThat(t.get("session.2.present")).isEqualTo(6);
        assertThat(t.get("session.2.marked")).isEqualTo(7);
        assertThat(t.get("questions.logged")).isEqualTo(7);
        assertThat(t.get("questions.refinements")).isEqualTo(3);
        assertThat(t.get("questions.becameTeam")).isEqualTo(3);
        assertThat(t.get("interventions.planned")).isEqualTo(7);
        assertThat(t.get("interventions.carriedOut")).isEqualTo(3);
        assertThat(t.get("interventions.withFeedback")).isEqualTo(3);
        assertThat(t.get("interventions.actionPlans")).isEqualTo(3);
        assertThat(t.get("interventions.compact")).isEqualTo(4);
        assertThat(t.get("evaluation.responses")).isEqualTo(7);
        assertThat(t.get("evaluation.item.relevance.sum")).isEqualTo(3 * 5 + 4 * 4);
        assertThat(t.get("cohorts.completed")).isEqualTo(1);
    }

    @Test
    void givesTheSameFiguresForDuplicatedReversedAndShuffledDeliveries() {
        Tally inOrder = tally(events);
        List<DomainEvent> reversed = new ArrayList<>(events);
        Collections.reverse(reversed);
        List<DomainEvent> shuffledTwice = new ArrayList<>(events);
        shuffledTwice.addAll(events);

        Collections.shuffle(shuffledTwice, new Random(5));

        assertThat(tally(reversed)).isEqualTo(inOrder);
        assertThat(tally(shuffledTwice)).isEqualTo(inOrder);
    }

    @Test
    void completionFreezesTheFiguresButStillCountsLateEvaluations() {
        Tally atCompletion = tally(events);
        Instant later = Instant.parse("2026-09-01T09:00:00Z");
        List<DomainEvent> afterwards = new ArrayList<>(events);
        afterwards.add(new ReflectionWritten(UUID.randomUUID(), later, UUID.randomUUID(), story.cohortId, null,
                story.participant(1), "PRIVATE", 2, 1));
        afterwards.add(new DevelopmentQuestionLogged(UUID.randomUUID(), later, UUID.randomUUID(), story.cohortId,
                story.participant(1), 1, 1, "INDIVIDUAL", "PRIVATE"));
        afterwards.add(new InterventionPlanned(UUID.randomUUID(), later, UUID.randomUUID(), story.cohortId, "COMPACT",
                0, 1, null, null));
        // Next year participant 3 (MBO, ROC Oost) moves to HBO at another school.
        afterwards.add(new ParticipantProfileUpdated(UUID.randomUUID(), later, story.participant(3), 2, "Naam 3",
                "Hogeschool", "HBO", null));

        assertThat(tally(afterwards)).isEqualTo(atCompletion);

        afterwards.add(new EvaluationSubmitted(UUID.randomUUID(), later, story.cohortId, story.trajectoryId,
                Map.of("relevance", 1), 8));
        Tally withLateResponse = tally(afterwards);
        assertThat(withLateResponse.get("evaluation.responses")).isEqualTo(atCompletion.get("evaluation.responses") + 1);
        assertThat(withLateResponse.get("evaluation.item.relevance.sum"))
                .isEqualTo(atCompletion.get("evaluation.item.relevance.sum") + 1);
    }

    @Test
    void aProfileChangedBeforeTheCompletionCountsEvenWhenItArrivesAfterIt() {
        List<DomainEvent> late = new ArrayList<>(events);
        late.add(new ParticipantProfileUpdated(UUID.randomUUID(), Instant.parse("2026-06-01T09:00:00Z"),
                story.participant(3), 2, "Naam 3", "ROC Oost", "HBO", null));

        Tally t = tally(late);

        assertThat(t.under("sector")).containsExactlyInAnyOrderEntriesOf(Map.of("HBO", 3L, "MBO", 5L));
    }

    @Test
    void keepsNoNamesOrTexts() {
        CohortActivity activity = CohortActivity.empty(story.cohortId.toString());
        events.forEach(activity::apply);

        assertThat(activity.enrolments().values().toString()).doesNotContain("Naam");
    }

    private Tally tally(List<DomainEvent> events) {
        CohortActivity activity = CohortActivity.empty(story.cohortId.toString());
        for (DomainEvent event : events) {
            if (story.cohortId.toString().equals(CohortActivity.cohortOf(event))) {
                activity.apply(event);
            }
        }
        // As the projection does: every profile the batch names, offered to the cohort after its facts.
        for (DomainEvent event : events) {
            if (event instanceof ParticipantProfileUpdated p) {
                activity.applyProfile(new ReportProfile(p.participantId(), p.profileVersion(), p.sector(),
                        p.institution()), p.occurredAt());
            }
        }
        return CohortTally.of(activity);
    }
}
