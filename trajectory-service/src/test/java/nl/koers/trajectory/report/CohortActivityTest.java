package nl.koers.trajectory.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.koers.events.DomainEvent;
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
    void keepsNoNamesOrTexts() {
        CohortActivity activity = CohortActivity.empty(story.cohortId.toString());
        events.forEach(activity::apply);

        assertThat(activity.enrolments().values().toString()).doesNotContain("Naam");
    }

    private Tally tally(List<DomainEvent> events) {
        CohortActivity activity = CohortActivity.empty(story.cohortId.toString());
        Map<String, ReportProfile> profiles = new HashMap<>();
        for (DomainEvent event : events) {
            if (story.cohortId.toString().equals(CohortActivity.cohortOf(event))) {
                activity.apply(event);
            }
            if (event instanceof ParticipantProfileUpdated p) {
                profiles.put(p.participantId(), new ReportProfile(p.participantId(), p.profileVersion(), p.sector(),
                        p.institution()));
            }
        }
        return CohortTally.of(activity, profiles);
    }
}
