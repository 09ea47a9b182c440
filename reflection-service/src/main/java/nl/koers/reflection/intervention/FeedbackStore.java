package nl.koers.reflection.intervention;

import java.util.UUID;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;

/** Where feedback on interventions is kept, each with its pending event. */
public interface FeedbackStore {

    void add(Feedback feedback);

    /** An intervention's feedback, oldest first, as a conversation reads. */
    PageView<Feedback> on(UUID interventionId, Paging paging);

    long countOn(UUID interventionId);
}
