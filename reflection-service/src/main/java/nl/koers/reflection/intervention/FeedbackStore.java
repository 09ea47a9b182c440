package nl.koers.reflection.intervention;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;

/** Where feedback on interventions is kept, each with its pending event. */
public interface FeedbackStore {

    void add(Feedback feedback);

    /** An intervention's feedback, oldest first, as a conversation reads. */
    PageView<Feedback> on(UUID interventionId, Paging paging);

    long countOn(UUID interventionId);

    /** Every feedback {@code userId} gave, oldest first: their part of a personal-data export. */
    List<Feedback> givenBy(String userId);

    /** The feedback on any of these interventions, oldest first. */
    List<Feedback> onAny(Collection<UUID> interventionIds);

    /** Deletes the feedback on these interventions, which are being deleted. */
    void deleteOn(Collection<UUID> interventionIds);

    /** Deletes every feedback given in the cohort; for the end of its retention period. */
    void deleteIn(UUID cohortId);

    /**
     * Puts {@code formerId} in place of {@code userId} as the giver of their feedback on others' interventions: the
     * text stays, as part of the owner's record, but no longer says whose it was.
     */
    void replaceGiver(String userId, String formerId);
}
