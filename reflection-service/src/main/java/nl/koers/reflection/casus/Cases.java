package nl.koers.reflection.casus;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.reflection.membership.Visibility;

/** Where cases are kept, each with its pending events. */
public interface Cases {

    void add(Case brought);

    /** Stores an analysis if the case is still at {@code expectedVersion}; false when it moved on. */
    boolean update(Case analysed, long expectedVersion);

    Optional<Case> find(UUID id);

    /** A cohort's cases owned by {@code userId} or shared as one of {@code shared}, newest first. */
    PageView<Case> visibleIn(UUID cohortId, String userId, Set<Visibility> shared, Paging paging);

    /** Every case {@code userId} brought in, oldest first: their part of a personal-data export. */
    List<Case> allOwnedBy(String userId);

    /** Deletes every case {@code userId} brought in, with any event still pending in them; for an erasure. */
    void deleteOwnedBy(String userId);

    /** Deletes every case of the cohort; for the end of its retention period. */
    void deleteIn(UUID cohortId);
}
