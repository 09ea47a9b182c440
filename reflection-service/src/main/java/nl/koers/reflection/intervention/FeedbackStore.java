package nl.koers.reflection.intervention;

import java.util.UUID;
import nl.koers.defaults.web.PageView;

/** Where feedback on interventions is kept, each with its pending event. */
public interface FeedbackStore {

    void add(Feedback feedback);

    /** An intervention's feedback, oldest first, as a conversation reads. */
    PageView<Feedback> on(UUID interventionId, int page, int size);

    long countOn(UUID interventionId);
}
