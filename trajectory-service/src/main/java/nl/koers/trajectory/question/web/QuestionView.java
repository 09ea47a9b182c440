package nl.koers.trajectory.question.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.koers.trajectory.question.DevelopmentQuestion;
import nl.koers.trajectory.question.Revision;

/**
 * A development question as the API shows it: the current text and scope up front, and (for a single
 * question) every revision in order; lists leave the history out ({@code revisions} null).
 */
record QuestionView(UUID id, UUID cohortId, String participantId, String visibility, String text, String scope,
                    int revisionCount, List<RevisionView> revisions, Instant createdAt, Instant updatedAt,
                    long version) {

    record RevisionView(int number, String text, String scope, UUID sessionId, String note, Instant createdAt) {
        static RevisionView of(Revision r) {
            return new RevisionView(r.number(), r.text(), r.scope().name(), r.sessionId(),
                    r.note().isEmpty() ? null : r.note(), r.createdAt());
        }
    }

    static QuestionView full(DevelopmentQuestion q) {
        return of(q, q.revisions().stream().map(RevisionView::of).toList());
    }

    static QuestionView summary(DevelopmentQuestion q) {
        return of(q, null);
    }

    private static QuestionView of(DevelopmentQuestion q, List<RevisionView> revisions) {
        Revision current = q.current();
        return new QuestionView(q.id(), q.cohortId(), q.participantId(), q.visibility().name(), current.text(),
                current.scope().name(), current.number(), revisions, q.createdAt(), current.createdAt(), q.version());
    }
}
