package nl.koers.reflection.intervention;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.reflection.membership.Visibility;

/** Where interventions are kept, each with its pending events. */
public interface Interventions {

    void add(Intervention intervention);

    /** Stores a change if the intervention is still at {@code expectedVersion}; false when it moved on. */
    boolean update(Intervention intervention, long expectedVersion);

    Optional<Intervention> find(UUID id);

    /** A cohort's interventions {@code userId} owns or co-owns or that are shared as one of {@code shared}. */
    PageView<Intervention> visibleIn(UUID cohortId, String userId, Set<Visibility> shared, Paging paging);
}
