package nl.koers.web.organise;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The API's answers the organiser's pages are made of, with only the fields they show (the rest is ignored).
 * Shapes follow trajectory-service's TrajectoryView, CohortView, SessionView, InstrumentView, AttendanceView and
 * ParticipantAttendanceView, enrolment-service's EnrolmentView and SeatsView, and reflection-service's FormView
 * and PromptsView.
 */
final class OrganiseModels {

    /** The cohort statuses, in the order of a cohort's life. */
    static final List<String> COHORT_STATUSES = List.of("PLANNED", "OPEN", "CLOSED", "COMPLETED", "CANCELLED");

    /** The work forms trajectory-service knows (AgendaItemRequest.workForm). */
    static final List<String> WORK_FORMS = List.of("INTERVIEW", "REFINEMENT_EXERCISE", "STAKEHOLDER_MAP", "ROLE_FAN",
            "INFLUENCE_STYLES", "CASE_DISCUSSION", "ACTION_PLANNING", "EXPERIENCE_SHARING", "EVALUATION", "OTHER");

    private OrganiseModels() {
    }

    /**
     * trajectory-service: a trajectory with its session blueprint and the version its ETag carries.
     *
     * @param retentionMonths    how long its cohorts' personal data is kept after they end: its own period, or
     *                           Koers' default when {@code retentionIsDefault}
     */
    record Trajectory(UUID id, String title, String description, String organiser, List<String> coalitionIds,
                      List<BlueprintSession> sessionBlueprint, Instant createdAt, String createdBy, long version,
                      Integer retentionMonths, Boolean retentionIsDefault) {

        Trajectory {
            coalitionIds = coalitionIds == null ? List.of() : List.copyOf(coalitionIds);
            sessionBlueprint = sessionBlueprint == null ? List.of() : List.copyOf(sessionBlueprint);
        }

        public boolean hasBlueprint() {
            return !sessionBlueprint.isEmpty();
        }
    }

    /** One session of a blueprint, numbered from 1. */
    record BlueprintSession(int sequence, String title, String theme, List<AgendaItem> agenda) {

        BlueprintSession {
            agenda = agenda == null ? List.of() : List.copyOf(agenda);
        }

        /** The agenda's minutes together: a session planned from this one must last at least as long. */
        public int minutes() {
            return agenda.stream().mapToInt(AgendaItem::minutes).sum();
        }
    }

    record AgendaItem(String workForm, String title, int minutes, UUID instrumentId) {
    }

    /** trajectory-service: a reusable tool such as a card set, to name in an agenda. */
    record Instrument(UUID id, String kind, String title) {
    }

    /** trajectory-service: a cohort, with the version to send back as If-Match. */
    record Cohort(UUID id, UUID trajectoryId, String name, int capacity, LocalDate startsOn, LocalDate endsOn,
                  Instant enrolmentOpensAt, Instant enrolmentClosesAt, List<String> facilitatorIds, String status,
                  long version) {

        Cohort {
            facilitatorIds = facilitatorIds == null ? List.of() : List.copyOf(facilitatorIds);
        }

        /** Whether the cohort's life cycle allows {@code action} now (trajectory-service's Cohort rules). */
        public boolean allows(String action) {
            return Lifecycle.of(action).map(l -> l.from().contains(status)).orElse(false);
        }

        /** Whether sessions can still be added: not once the cohort is completed or cancelled. */
        public boolean takesSessions() {
            return !Set.of("COMPLETED", "CANCELLED").contains(status);
        }
    }

    /** trajectory-service: a session of a cohort. */
    record Session(UUID id, UUID cohortId, UUID trajectoryId, int sequence, String title, String theme,
                   Instant startsAt, Instant endsAt, String place, String onlineLink, List<AgendaItem> agenda,
                   int agendaMinutes, String status, long version) {

        Session {
            agenda = agenda == null ? List.of() : List.copyOf(agenda);
        }

        public boolean cancelled() {
            return "CANCELLED".equals(status);
        }
    }

    /**
     * enrolment-service: one enrolment on a cohort's roster. The API also gives organisers the participant's
     * motivation; it is left out here on purpose, so no page can ever show a participant's own words.
     */
    record Enrolment(UUID id, UUID cohortId, String participantId, String displayName, String institution,
                     String status, Integer waitlistPosition, Instant enrolledAt, Instant updatedAt) {
    }

    /** enrolment-service: a cohort's seats, counts only. */
    record Seats(UUID cohortId, int capacity, int confirmed, int seatsLeft, int waitlisted, boolean openForEnrolment) {
    }

    /** trajectory-service: a session's attendance with the counts and rate those who run the cohort see. */
    record SessionAttendance(UUID sessionId, int sequence, long sessionVersion, Instant recordedAt,
                             List<Mark> marks, Long present, Long excused, Long absent, Integer unmarked, Double rate) {

        public boolean recorded() {
            return recordedAt != null;
        }
    }

    record Mark(String participantId, String status) {
    }

    /** trajectory-service: one participant's attendance over the cohort's held sessions. */
    record ParticipantAttendance(String participantId, int present, int excused, int absent, int marked, Double rate) {
    }

    /** reflection-service: a trajectory's evaluation items; version 0 while the default items apply. */
    record EvaluationItems(UUID trajectoryId, List<Keyed> items, long version) {

        EvaluationItems {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** reflection-service: a session's reflection prompts; version 0 while none were attached. */
    record Prompts(UUID sessionId, UUID cohortId, List<Keyed> prompts, long version) {

        Prompts {
            prompts = prompts == null ? List.of() : List.copyOf(prompts);
        }
    }

    /**
     * An evaluation item ({@code key}, {@code label}) or a reflection prompt ({@code key}, {@code question}): both
     * are a key that answers are kept by and a text participants read.
     */
    record Keyed(String key, String label, String question) {

        public String text() {
            return label != null ? label : question;
        }
    }
}
