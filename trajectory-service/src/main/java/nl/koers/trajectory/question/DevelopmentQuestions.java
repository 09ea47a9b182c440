package nl.koers.trajectory.question;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.koers.defaults.web.PageView;

/** Where development questions are kept. */
public interface DevelopmentQuestions {

    /** Stores a new question together with its pending events. */
    void add(DevelopmentQuestion question);

    /**
     * Stores a changed question and its pending events if it is still at {@code expectedVersion}.
     *
     * @return false when someone else changed it first
     */
    boolean update(DevelopmentQuestion question, long expectedVersion);

    Optional<DevelopmentQuestion> find(UUID id);

    /** The questions {@code reader} may read, newest first, optionally of one cohort only. */
    PageView<DevelopmentQuestion> readableBy(QuestionReader reader, UUID cohortId, int page, int size);

    /** Every question of the participant with all its revisions, oldest first: what they may read back. */
    List<DevelopmentQuestion> ownedBy(String participantId);

    /** The ids of the participant's questions. */
    List<UUID> idsOwnedBy(String participantId);

    /** The ids of the cohort's questions, everyone's. */
    List<UUID> idsOfCohort(UUID cohortId);

    /** Deletes these questions with every revision. */
    void deleteAll(Collection<UUID> ids);
}
