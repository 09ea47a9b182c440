package nl.koers.trajectory.question;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.koers.defaults.problem.PreconditionFailed;

/**
 * Reading and saving the stakeholder map of a development question. It is read by whoever may read the
 * question, and saved only by the question's owner, with optimistic concurrency: the save names the version
 * it replaces, and a map that has moved on since is refused (412) rather than overwritten.
 */
public class StakeholderMapService {

    private final DevelopmentQuestionService questions;
    private final StakeholderMaps maps;
    private final Clock clock;

    public StakeholderMapService(DevelopmentQuestionService questions, StakeholderMaps maps, Clock clock) {
        this.questions = questions;
        this.maps = maps;
        this.clock = clock;
    }

    /** The map (version 0 and empty before the first save), if {@code userId} may read the question. */
    public StakeholderMap get(UUID questionId, String userId) {
        questions.get(questionId, userId);
        return maps.find(questionId).orElseGet(() -> StakeholderMap.empty(questionId));
    }

    /**
     * The map as its owner is about to change it: 404 if {@code userId} may not read the question, 403 if
     * they may but do not own it. Lets a save answer those before asking for a version.
     */
    public StakeholderMap ownedMap(UUID questionId, String userId) {
        questions.owned(questionId, userId);
        return maps.find(questionId).orElseGet(() -> StakeholderMap.empty(questionId));
    }

    /** @param expectedVersion the version the owner last read (from the ETag; 0 for a map never saved) */
    public StakeholderMap save(UUID questionId, String userId, long expectedVersion, List<Stakeholder> stakeholders) {
        DevelopmentQuestion question = questions.owned(questionId, userId);
        StakeholderMap map = maps.find(questionId).orElseGet(() -> StakeholderMap.empty(questionId));
        if (map.version() != expectedVersion) {
            throw changed(map.version(), expectedVersion);
        }
        map.replace(stakeholders, question, clock.instant());
        if (!maps.save(map, expectedVersion)) {
            throw changed(expectedVersion + 1, expectedVersion);
        }
        return map;
    }

    private static PreconditionFailed changed(long current, long expected) {
        return new PreconditionFailed("stakeholder-map-version-mismatch", "Stakeholder map changed",
                "The stakeholder map is at version " + current + " or later, not " + expected
                        + "; fetch it again and apply your change to that.");
    }
}
