package nl.koers.trajectory.report.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.koers.events.DomainEvent;
import nl.koers.events.ParticipantProfileUpdated;
import nl.koers.trajectory.report.CohortActivity;
import nl.koers.trajectory.report.CohortStory;
import nl.koers.trajectory.report.CohortTally;
import nl.koers.trajectory.report.ReportProfile;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class ActivityDocumentsTest {

    @Test
    void anActivityReadBackIsTheActivityThatWasStored() {
        CohortStory story = new CohortStory("teams-aan-zet", 6);
        List<DomainEvent> events = story.events();
        CohortActivity activity = CohortActivity.empty(story.cohortId.toString());
        events.stream().filter(e -> story.cohortId.toString().equals(CohortActivity.cohortOf(e))).forEach(activity::apply);
        events.stream().filter(ParticipantProfileUpdated.class::isInstance).map(ParticipantProfileUpdated.class::cast)
                .forEach(p -> activity.applyProfile(new ReportProfile(p.participantId(), p.profileVersion(), p.sector(),
                        p.institution()), p.occurredAt()));

        Document stored = ActivityDocuments.activity(activity).append("_id", activity.cohortId());
        CohortActivity read = ActivityDocuments.activity(stored);

        // To the nanosecond: events are compared with the completion, and Instant.now() has microseconds.
        assertThat(read.completedAt()).isEqualTo(activity.completedAt()).isNotNull();
        assertThat(read.completedAt().getNano() % 1_000_000).isNotZero();
        assertThat(read.enrolments()).isEqualTo(activity.enrolments());
        assertThat(CohortTally.of(read)).isEqualTo(CohortTally.of(activity));
        assertThat(ActivityDocuments.sameContent(stored.append("rev", 3L), ActivityDocuments.activity(read))).isTrue();
    }
}
