package nl.koers.trajectory.question;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.koers.events.DomainEvent;
import nl.koers.events.StakeholderMapUpdated;

/**
 * The stakeholder map a participant keeps for one development question: which people play which role for
 * the question and who else is needed. Saved whole; {@code version} (0 before the first save) is its ETag.
 * Its event carries counts only, because the map names real colleagues.
 */
public final class StakeholderMap {

    public static final int MAX_STAKEHOLDERS = 100;

    private final UUID questionId;
    private List<Stakeholder> stakeholders;
    private Instant updatedAt;
    private long version;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private StakeholderMap(UUID questionId, List<Stakeholder> stakeholders, Instant updatedAt, long version) {
        this.questionId = questionId;
        this.stakeholders = List.copyOf(stakeholders);
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** The map of a question nobody has saved one for yet. */
    public static StakeholderMap empty(UUID questionId) {
        return new StakeholderMap(questionId, List.of(), null, 0);
    }

    public static StakeholderMap restore(UUID questionId, List<Stakeholder> stakeholders, Instant updatedAt,
                                         long version) {
        return new StakeholderMap(questionId, stakeholders, updatedAt, version);
    }

    /** Replaces the whole map; the question tells whose it is and in which cohort, for the event. */
    public void replace(List<Stakeholder> replacement, DevelopmentQuestion question, Instant now) {
        if (replacement == null || replacement.stream().anyMatch(Objects::isNull)) {
            throw Stakeholder.invalid("The stakeholder list is missing or has an empty entry.");
        }
        if (replacement.size() > MAX_STAKEHOLDERS) {
            throw Stakeholder.invalid("A stakeholder map holds at most " + MAX_STAKEHOLDERS + " stakeholders.");
        }
        stakeholders = List.copyOf(replacement);
        updatedAt = now.truncatedTo(ChronoUnit.MILLIS);
        version++;
        pendingEvents.add(new StakeholderMapUpdated(UUID.randomUUID(), now, questionId, question.cohortId(),
                question.participantId(), version, stakeholders.size(), stillToInvolve().size(),
                count(Quadrant.MANAGE_CLOSELY), count(Quadrant.KEEP_SATISFIED), count(Quadrant.KEEP_INFORMED),
                count(Quadrant.MONITOR)));
    }

    /** Who still needs to be involved, in map order. */
    public List<Stakeholder> stillToInvolve() {
        return stakeholders.stream().filter(Stakeholder::toInvolve).toList();
    }

    public int count(Quadrant quadrant) {
        return (int) stakeholders.stream().filter(s -> s.quadrant() == quadrant).count();
    }

    public UUID questionId() {
        return questionId;
    }

    public List<Stakeholder> stakeholders() {
        return stakeholders;
    }

    /** When it was last saved; null before the first save. */
    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    /** Events caused by changes not yet stored; the repository writes them with the state. */
    public List<DomainEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
