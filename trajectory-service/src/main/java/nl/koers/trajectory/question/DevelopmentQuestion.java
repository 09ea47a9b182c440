package nl.koers.trajectory.question;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.koers.defaults.problem.Conflict;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.events.DevelopmentQuestionLogged;
import nl.koers.events.DevelopmentQuestionRefined;
import nl.koers.events.DevelopmentQuestionVisibilityChanged;
import nl.koers.events.DomainEvent;

/**
 * A participant's own development question (ontwikkelvraag) in a cohort, refined from session to session.
 * Every refinement is kept, in order, so the move from an individual to a team question stays visible. The
 * owner decides who reads it ({@link Visibility}); {@link #readableBy} is that rule. Events carry ids, scope,
 * visibility and revision numbers, never the text.
 */
public final class DevelopmentQuestion {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_NOTE = 2000;
    public static final int MAX_REVISIONS = 50;

    private final UUID id;
    private final UUID cohortId;
    private final String participantId;
    private Visibility visibility;
    private final List<Revision> revisions;
    private long version;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private DevelopmentQuestion(UUID id, UUID cohortId, String participantId, Visibility visibility,
                                List<Revision> revisions, long version) {
        this.id = id;
        this.cohortId = cohortId;
        this.participantId = participantId;
        this.visibility = visibility;
        this.revisions = new ArrayList<>(revisions);
        this.version = version;
    }

    /** A participant writes down a question: revision 1, at version 1. */
    public static DevelopmentQuestion log(UUID cohortId, String participantId, String text, QuestionScope scope,
                                          Visibility visibility, Instant now) {
        Revision first = new Revision(1, text(text), required(scope, "scope"), null, "",
                now.truncatedTo(ChronoUnit.MILLIS));
        DevelopmentQuestion question = new DevelopmentQuestion(UUID.randomUUID(), cohortId, participantId,
                required(visibility, "visibility"), List.of(first), 1);
        question.pendingEvents.add(new DevelopmentQuestionLogged(UUID.randomUUID(), now, question.id, cohortId,
                participantId, question.version, 1, first.scope().name(), visibility.name()));
        return question;
    }

    public static DevelopmentQuestion restore(UUID id, UUID cohortId, String participantId, Visibility visibility,
                                              List<Revision> revisions, long version) {
        return new DevelopmentQuestion(id, cohortId, participantId, visibility, revisions, version);
    }

    /**
     * Adds the next revision. {@code sessionId} names the session it came from (already checked to be one of
     * this cohort's), or null.
     */
    public Revision refine(String text, QuestionScope scope, UUID sessionId, String note, Instant now) {
        if (revisions.size() >= MAX_REVISIONS) {
            throw new Conflict("too-many-revisions", "Too many revisions",
                    "A development question keeps at most " + MAX_REVISIONS + " revisions; start a new question.");
        }
        String cleanText = text(text);
        QuestionScope cleanScope = required(scope, "scope");
        String cleanNote = note == null ? "" : note.strip();
        if (cleanNote.length() > MAX_NOTE) {
            throw invalid("The note is longer than " + MAX_NOTE + " characters.");
        }
        Revision previous = current();
        if (previous.text().equals(cleanText) && previous.scope() == cleanScope) {
            throw invalid("This revision repeats the current question; change its text or its scope.");
        }
        Revision next = new Revision(previous.number() + 1, cleanText, cleanScope, sessionId, cleanNote,
                now.truncatedTo(ChronoUnit.MILLIS));
        revisions.add(next);
        version++;
        pendingEvents.add(new DevelopmentQuestionRefined(UUID.randomUUID(), now, id, cohortId, participantId, version,
                next.number(), previous.scope().name(), cleanScope.name(), sessionId, visibility.name()));
        return next;
    }

    /** The owner changes who reads the question (and its stakeholder map); the same visibility changes nothing. */
    public void changeVisibility(Visibility changed, Instant now) {
        if (required(changed, "visibility") == visibility) {
            return;
        }
        visibility = changed;
        version++;
        pendingEvents.add(new DevelopmentQuestionVisibilityChanged(UUID.randomUUID(), now, id, cohortId,
                participantId, version, changed.name()));
    }

    /**
     * The owner always; the cohort's facilitators when it is shared with facilitators or the cohort; the
     * cohort's confirmed participants when it is shared with the cohort; nobody else.
     */
    public boolean readableBy(QuestionReader reader) {
        if (isOwnedBy(reader.userId())) {
            return true;
        }
        return switch (visibility) {
            case PRIVATE -> false;
            case FACILITATORS -> reader.facilitatedCohorts().contains(cohortId);
            case COHORT -> reader.facilitatedCohorts().contains(cohortId) || reader.confirmedCohorts().contains(cohortId);
        };
    }

    public boolean isOwnedBy(String userId) {
        return participantId.equals(userId);
    }

    public Revision current() {
        return revisions.getLast();
    }

    private static String text(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw invalid("The question's text must not be blank.");
        }
        if (stripped.length() > MAX_TEXT) {
            throw invalid("The question's text is longer than " + MAX_TEXT + " characters.");
        }
        return stripped;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw invalid("The question needs a " + field + ".");
        }
        return value;
    }

    private static InvalidRequest invalid(String detail) {
        return new InvalidRequest("invalid-development-question", "Invalid development question", detail);
    }

    public UUID id() {
        return id;
    }

    public UUID cohortId() {
        return cohortId;
    }

    public String participantId() {
        return participantId;
    }

    public Visibility visibility() {
        return visibility;
    }

    public List<Revision> revisions() {
        return List.copyOf(revisions);
    }

    public Instant createdAt() {
        return revisions.getFirst().createdAt();
    }

    public long version() {
        return version;
    }

    /** Events caused by changes not yet stored; the repository writes them with the state. */
    public List<DomainEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
