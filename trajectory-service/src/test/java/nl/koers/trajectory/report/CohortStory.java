package nl.koers.trajectory.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.events.AttendanceRecorded;
import nl.koers.events.CohortCompleted;
import nl.koers.events.CohortFacts;
import nl.koers.events.CohortOpened;
import nl.koers.events.CohortPlanned;
import nl.koers.events.DevelopmentQuestionLogged;
import nl.koers.events.DevelopmentQuestionRefined;
import nl.koers.events.DomainEvent;
import nl.koers.events.EnrolmentCompleted;
import nl.koers.events.EnrolmentConfirmed;
import nl.koers.events.EnrolmentWaitlisted;
import nl.koers.events.EnrolmentWithdrawn;
import nl.koers.events.EvaluationSubmitted;
import nl.koers.events.FeedbackGiven;
import nl.koers.events.InterventionCarriedOut;
import nl.koers.events.InterventionPlanned;
import nl.koers.events.ParticipantProfileUpdated;
import nl.koers.events.SessionCancelled;
import nl.koers.events.SessionFacts;
import nl.koers.events.SessionScheduled;
import nl.koers.events.TrajectoryCreated;

/**
 * A completed cohort's whole life as the real contract events, with known figures: {@code seated}
 * participants of whom one withdrew, two on the waitlist, two sessions held (one of them with one absent),
 * one cancelled, a question per participant (half refined into team questions), an intervention per
 * participant (action plans for the even ones, carried out and given feedback for the first three), and an
 * evaluation per participant.
 */
public final class CohortStory {

    public final UUID trajectoryId = UUID.randomUUID();
    public final UUID cohortId = UUID.randomUUID();
    public final String coalition;
    public final int seated;
    // Below a millisecond on purpose, as Instant.now() is on Linux: a BSON date would truncate it.
    private final Instant now = Instant.parse("2026-06-30T10:00:00.123456Z");

    public CohortStory(String coalition, int seated) {
        this.coalition = coalition;
        this.seated = seated;
    }

    public String participant(int n) {
        return "p-" + cohortId.toString().substring(0, 8) + "-" + n;
    }

    /** Every call makes new facts (new ids): call once per story. */
    public List<DomainEvent> events() {
        List<DomainEvent> events = new ArrayList<>();
        events.add(new TrajectoryCreated(UUID.randomUUID(), now, trajectoryId, "NCP EQAVET", List.of(coalition)));
        events.add(new CohortPlanned(UUID.randomUUID(), now, cohortId, 1, facts("PLANNED")));
        events.add(new CohortOpened(UUID.randomUUID(), now, cohortId, 2, facts("OPEN")));
        long roster = 0;
        List<UUID> enrolments = new ArrayList<>();
        for (int n = 1; n <= seated; n++) {
            UUID enrolment = UUID.randomUUID();
            enrolments.add(enrolment);
            events.add(new ParticipantProfileUpdated(UUID.randomUUID(), now, participant(n), 1, "Naam " + n,
                    n % 2 == 0 ? "ROC Midden" : "ROC Oost", n <= 2 ? "HBO" : "MBO", null));
            events.add(new EnrolmentConfirmed(UUID.randomUUID(), now, enrolment, cohortId, participant(n), ++roster));
        }
        for (int w = 1; w <= 2; w++) {
            events.add(new EnrolmentWaitlisted(UUID.randomUUID(), now, UUID.randomUUID(), cohortId,
                    participant(100 + w), ++roster, w));
        }
        events.add(new EnrolmentWithdrawn(UUID.randomUUID(), now, enrolments.getLast(), cohortId, participant(seated), ++roster));
        UUID[] sessions = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
        for (int s = 0; s < 3; s++) {
            events.add(new SessionScheduled(UUID.randomUUID(), now, sessions[s], 1, session(s + 1, "SCHEDULED")));
        }
        events.add(new SessionCancelled(UUID.randomUUID(), now, sessions[2], 2, session(3, "CANCELLED")));
        for (int s = 0; s < 2; s++) {
            List<AttendanceRecorded.Mark> marks = new ArrayList<>();
            for (int n = 1; n < seated; n++) {
                marks.add(new AttendanceRecorded.Mark(participant(n), s == 1 && n == 1 ? "ABSENT" : "PRESENT"));
            }
            // A first recording that the second replaces whole.
            events.add(new AttendanceRecorded(UUID.randomUUID(), now, sessions[s], cohortId, 1,
                    List.of(new AttendanceRecorded.Mark(participant(1), "ABSENT"))));
            events.add(new AttendanceRecorded(UUID.randomUUID(), now, sessions[s], cohortId, 2, marks));
        }
        long roster2 = ++roster;
        for (int n = 1; n < seated; n++) {
            UUID question = UUID.randomUUID();
            events.add(new DevelopmentQuestionLogged(UUID.randomUUID(), now, question, cohortId, participant(n), 1, 1,
                    "INDIVIDUAL", "PRIVATE"));
            if (n % 2 == 0) {
                events.add(new DevelopmentQuestionRefined(UUID.randomUUID(), now, question, cohortId, participant(n), 2,
                        2, "INDIVIDUAL", "TEAM", sessions[0], "PRIVATE"));
            }
            UUID intervention = UUID.randomUUID();
            boolean plan = n % 2 == 0;
            events.add(new InterventionPlanned(UUID.randomUUID(), now, intervention, cohortId,
                    plan ? "ACTION_PLAN" : "COMPACT", plan ? 4 : 0, 1, null, question));
            if (n <= 3) {
                events.add(new InterventionCarriedOut(UUID.randomUUID(), now, intervention, cohortId,
                        plan ? "ACTION_PLAN" : "COMPACT", plan ? 4 : 0, plan ? 3 : 0));
                events.add(new FeedbackGiven(UUID.randomUUID(), now, UUID.randomUUID(), intervention, cohortId, "FACILITATOR", List.of()));
                events.add(new FeedbackGiven(UUID.randomUUID(), now, UUID.randomUUID(), intervention, cohortId, "PARTICIPANT", List.of()));
            }
            events.add(new EvaluationSubmitted(UUID.randomUUID(), now, cohortId, trajectoryId,
                    Map.of("relevance", n % 2 == 0 ? 5 : 4, "overall", 4), n));
            events.add(new EnrolmentCompleted(UUID.randomUUID(), now, enrolments.get(n - 1), cohortId, participant(n), roster2));
        }
        events.add(new CohortCompleted(UUID.randomUUID(), now, cohortId, 3, facts("COMPLETED")));
        return events;
    }

    private CohortFacts facts(String status) {
        return new CohortFacts(trajectoryId, status, seated, LocalDate.of(2025, 10, 1), LocalDate.of(2026, 6, 30),
                null, null, List.of("facilitator"));
    }

    private SessionFacts session(int sequence, String status) {
        return new SessionFacts(cohortId, trajectoryId, sequence, now, now.plusSeconds(7200), status, null, null, null);
    }
}
