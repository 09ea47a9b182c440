package nl.koers.trajectory.question.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.trajectory.question.DevelopmentQuestion;
import nl.koers.trajectory.question.Revision;
import org.jspecify.annotations.Nullable;

/**
 * A development question as the API shows it: the current text and scope up front, and (for a single
 * question) every revision in order; lists leave the history out ({@code revisions} null).
 */
record QuestionView(UUID id, UUID cohortId,
                    @Schema(description = "The owner's user id") String participantId,
                    @Schema(description = "PRIVATE, FACILITATORS or COHORT", example = "FACILITATORS")
                    String visibility,
                    @Schema(description = "The current text") String text,
                    @Schema(description = "The current scope: INDIVIDUAL or TEAM", example = "INDIVIDUAL")
                    String scope,
                    @Schema(description = "How many revisions there are, the first writing included", example = "2")
                    int revisionCount,
                    @Schema(description = "Every revision in order; null in lists")
                    @Nullable List<RevisionView> revisions,
                    Instant createdAt,
                    @Schema(description = "When the current revision was made") Instant updatedAt,
                    long version) {

    /** One revision: the first writing (number 1) or a refinement. */
    record RevisionView(int number, String text,
                        @Schema(description = "INDIVIDUAL or TEAM", example = "TEAM") String scope,
                        @Schema(description = "The session it came from; null when none was named")
                        @Nullable UUID sessionId,
                        @Schema(description = "What changed and why; null when none was given") @Nullable String note,
                        Instant createdAt) {
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
