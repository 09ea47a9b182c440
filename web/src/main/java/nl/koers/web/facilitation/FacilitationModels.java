package nl.koers.web.facilitation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The API's answers the facilitator's pages are made of, with only the fields they show (the rest is ignored).
 * Shapes follow the services' view records: trajectory-service's MembershipView, RosterEntryView,
 * AttendanceView, ParticipantAttendanceView and QuestionView; reflection-service's ReflectionView, CaseView,
 * InterventionView and FeedbackView.
 */
final class FacilitationModels {

    private FacilitationModels() {
    }



    /** trajectory-service: a participant on a cohort's roster. */
    record RosterEntry(String participantId, String displayName, String institution, String status) {
    }

    /** trajectory-service: a session's attendance; the counts and rate are shown to those who run the cohort. */
    record Attendance(UUID sessionId, int sequence, long sessionVersion, Instant recordedAt, String recordedBy,
                      List<Mark> marks, Long present, Long excused, Long absent, Integer unmarked, Double rate) {

        public boolean recorded() {
            return recordedAt != null;
        }

        /** The status recorded for a participant, or null. */
        public String markOf(String participantId) {
            return marks == null ? null : marks.stream().filter(m -> m.participantId().equals(participantId))
                    .map(Mark::status).findFirst().orElse(null);
        }
    }

    record Mark(String participantId, String status) {
    }

    /** trajectory-service: one participant's attendance over the cohort's held sessions. */
    record ParticipantAttendance(String participantId, int present, int excused, int absent, int marked, Double rate) {
    }

    /** trajectory-service: a development question; {@code revisions} only when read on its own. */
    record Question(UUID id, UUID cohortId, String participantId, String visibility, String text, String scope,
                    int revisionCount, List<QuestionRevision> revisions, Instant createdAt, Instant updatedAt) {
    }

    record QuestionRevision(int number, String text, String scope, UUID sessionId, String note, Instant createdAt) {
    }

    /** reflection-service: a reflection with its answers to the session's prompts (prompt key to answer). */
    record Reflection(UUID id, UUID cohortId, UUID sessionId, String ownerId, String text, Map<String, String> prompts,
                      String visibility, Instant createdAt, Instant updatedAt) {
    }

    /** reflection-service: the prompts of one session's reflection. */
    record Prompts(UUID sessionId, List<Prompt> prompts) {
    }

    record Prompt(String key, String question) {
    }

    /** reflection-service: a case (casus) with its analysis along the role fan. */
    record Case(UUID id, UUID cohortId, String ownerId, String title, String situation, String visibility,
                String status, List<RoleContribution> roles, Instant createdAt, Instant updatedAt) {
    }

    record RoleContribution(String roleKey, String roleLabel, String contribution) {
    }

    /** reflection-service: an intervention (aanpakplan or compact) with its steps and experience. */
    record Intervention(UUID id, UUID cohortId, String ownerId, Set<String> coOwnerIds, String kind, String title,
                        String goal, List<Step> steps, String visibility, UUID developmentQuestionId, UUID caseId,
                        String status, String experience, String nextSteps, Instant createdAt, Instant updatedAt) {
    }

    record Step(int position, String description, String who, LocalDate dueDate, String status) {
    }

    /** reflection-service: feedback on an intervention, oldest first. */
    record Feedback(UUID id, UUID interventionId, String giverId, String giverRole, String text, Instant givenAt) {
    }

    /**
     * A cohort's roster as the pages use it: a participant's name by id. {@code available} is false when
     * trajectory-service did not answer, so the page can say why names are missing.
     */
    record Roster(Map<String, RosterEntry> byId, boolean available) {

        static Roster of(List<RosterEntry> entries) {
            Map<String, RosterEntry> byId = new java.util.LinkedHashMap<>();
            entries.forEach(e -> byId.putIfAbsent(e.participantId(), e));
            return new Roster(byId, true);
        }

        static Roster unavailable() {
            return new Roster(Map.of(), false);
        }

        /** The participant's name, or null when they are not on the roster (the page then says "een deelnemer"). */
        public String name(String participantId) {
            RosterEntry entry = participantId == null ? null : byId.get(participantId);
            return entry == null ? null : entry.displayName();
        }

        public String institution(String participantId) {
            RosterEntry entry = participantId == null ? null : byId.get(participantId);
            return entry == null ? null : entry.institution();
        }
    }
}
