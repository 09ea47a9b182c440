package nl.koers.trajectory.question;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.UUID;
import java.util.function.BiConsumer;
import nl.koers.defaults.problem.Conflict;
import nl.koers.defaults.problem.Forbidden;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.defaults.problem.NotFound;
import nl.koers.defaults.web.PageView;
import nl.koers.trajectory.cohort.CohortService;
import nl.koers.trajectory.cohort.Cohorts;
import nl.koers.trajectory.roster.CohortMemberships;
import nl.koers.trajectory.session.Session;
import nl.koers.trajectory.session.SessionStatus;
import nl.koers.trajectory.session.Sessions;

/**
 * The development question use cases. Only a confirmed participant of a cohort writes a question there, and
 * only its owner refines it or changes who reads it. A question the caller may not read does not exist for
 * them (404); one they may read but do not own they cannot change (403).
 */
public class DevelopmentQuestionService {

    private static final int ATTEMPTS = 5;

    private final DevelopmentQuestions questions;
    private final Cohorts cohorts;
    private final CohortMemberships memberships;
    private final Sessions sessions;
    private final Clock clock;

    public DevelopmentQuestionService(DevelopmentQuestions questions, Cohorts cohorts, CohortMemberships memberships,
                                      Sessions sessions, Clock clock) {
        this.questions = questions;
        this.cohorts = cohorts;
        this.memberships = memberships;
        this.sessions = sessions;
        this.clock = clock;
    }

    public DevelopmentQuestion log(UUID cohortId, String participantId, String text, QuestionScope scope,
                                   Visibility visibility) {
        if (cohorts.find(cohortId).isEmpty()) {
            throw CohortService.notFound(cohortId);
        }
        if (!memberships.isConfirmed(cohortId, participantId)) {
            throw new Conflict("not-a-confirmed-participant", "Not a confirmed participant",
                    "Only a confirmed participant of cohort " + cohortId + " writes a development question there.");
        }
        DevelopmentQuestion question = DevelopmentQuestion.log(cohortId, participantId, text, scope, visibility,
                clock.instant());
        questions.add(question);
        return question;
    }

    /** The question, if {@code userId} may read it. */
    public DevelopmentQuestion get(UUID id, String userId) {
        DevelopmentQuestion question = questions.find(id).orElseThrow(() -> notFound(id));
        if (!question.readableBy(reader(userId))) {
            throw notFound(id);
        }
        return question;
    }

    /** @param cohortId only this cohort's questions, or null for all the caller may read */
    public PageView<DevelopmentQuestion> list(String userId, UUID cohortId, int page, int size) {
        return questions.readableBy(reader(userId), cohortId, page, size);
    }

    public DevelopmentQuestion refine(UUID id, String userId, String text, QuestionScope scope, UUID sessionId,
                                      String note) {
        return change(id, userId, (question, now) -> {
            if (sessionId != null) {
                requireSessionOf(question, sessionId);
            }
            question.refine(text, scope, sessionId, note, now);
        });
    }

    public DevelopmentQuestion changeVisibility(UUID id, String userId, Visibility visibility) {
        return change(id, userId, (question, now) -> question.changeVisibility(visibility, now));
    }

    /** The question if {@code userId} owns it: 404 if they may not read it, 403 if they may but do not own it. */
    DevelopmentQuestion owned(UUID id, String userId) {
        DevelopmentQuestion question = get(id, userId);
        if (!question.isOwnedBy(userId)) {
            throw new Forbidden("not-the-owner", "Not your development question",
                    "Only the participant who owns this development question changes it or its stakeholder map.");
        }
        return question;
    }

    QuestionReader reader(String userId) {
        return new QuestionReader(userId, new HashSet<>(cohorts.facilitatedBy(userId)),
                memberships.confirmedCohortsOf(userId));
    }

    private DevelopmentQuestion change(UUID id, String userId, BiConsumer<DevelopmentQuestion, Instant> transition) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            DevelopmentQuestion question = owned(id, userId);
            long readVersion = question.version();
            transition.accept(question, clock.instant());
            if (question.version() == readVersion || questions.update(question, readVersion)) {
                return question;
            }
        }
        throw new Conflict("concurrent-change", "Changed by someone else",
                "The question kept changing while your request was handled; fetch it again and retry.");
    }

    private void requireSessionOf(DevelopmentQuestion question, UUID sessionId) {
        Session session = sessions.find(sessionId).orElse(null);
        if (session == null || !session.cohortId().equals(question.cohortId())) {
            throw new InvalidRequest("unknown-session", "Unknown session",
                    "Session " + sessionId + " is not a session of this question's cohort.");
        }
        if (session.status() == SessionStatus.CANCELLED) {
            throw new InvalidRequest("session-cancelled", "Session is cancelled",
                    "Session " + session.sequence() + " was cancelled; a refinement cannot come from it.");
        }
    }

    public static NotFound notFound(UUID id) {
        return new NotFound("development-question-not-found", "Development question not found",
                "There is no development question " + id + ".");
    }
}
