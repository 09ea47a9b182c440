package nl.koers.web.question;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.web.api.Page;
import nl.koers.web.cohort.MyCohorts.MyCohort;
import nl.koers.web.cohort.MyCohorts;

/**
 * trajectory-service's answers about development questions and stakeholder maps, as the question pages use
 * them (only the fields they show; the rest of each answer is ignored).
 */
final class QuestionModels {

    private QuestionModels() {
    }

    record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < totalPages;
        }
    }

    /**
     * A development question: its current text and scope, who may read it, and (for a single question) every
     * revision in order. {@code revisionCount} is the number of the current revision, so the first wording is 1.
     */
    record Question(UUID id, UUID cohortId, String participantId, String visibility, String text, String scope,
                    int revisionCount, List<Revision> revisions, Instant createdAt, Instant updatedAt, long version) {

        /** How often the first wording has been refined. */
        public int refinements() {
            return Math.max(0, revisionCount - 1);
        }

        public boolean ownedBy(String userId) {
            return participantId != null && participantId.equals(userId);
        }
    }

    record Revision(int number, String text, String scope, UUID sessionId, String note, Instant createdAt) {
    }


    /** A session, from {@code GET /api/sessions/{id}} or a cohort's session list. */
    record Session(UUID id, UUID cohortId, int sequence, String title, Instant startsAt, String status) {

        public boolean cancelled() {
            return "CANCELLED".equals(status);
        }
    }

    /** A stakeholder map with its stakeholders, who still needs to be involved and the count per quadrant. */
    record StakeholderMap(UUID questionId, long version, Instant updatedAt, List<Stakeholder> stakeholders,
                          List<String> stillToInvolve, Map<String, Integer> quadrants) {

        public int count(String quadrant) {
            return quadrants == null ? 0 : quadrants.getOrDefault(quadrant, 0);
        }
    }

    /** One stakeholder; {@code quadrant} is the API's reading of influence and interest. */
    record Stakeholder(String nameOrRole, String function, String level, int influence, int interest, String stance,
                       boolean toInvolve, String note, String quadrant) {
    }

    /** One step of a question's history: the revision, whether its scope changed, and the session it came from. */
    record TimelineEntry(Revision revision, String previousScope, Session session) {

        public boolean first() {
            return previousScope == null;
        }

        public boolean scopeChanged() {
            return previousScope != null && !previousScope.equals(revision.scope());
        }
    }

    /** A question in a list, with the cohort it belongs to when I know that cohort. */
    record ListedQuestion(Question question, MyCohort cohort) {
    }
}
