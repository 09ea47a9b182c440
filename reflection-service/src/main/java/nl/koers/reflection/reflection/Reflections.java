package nl.koers.reflection.reflection;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.reflection.membership.Visibility;

/** Where reflections are kept, each with its pending events. */
public interface Reflections {

    void add(Reflection reflection);

    /** Stores a revision if the reflection is still at {@code expectedVersion}; false when it moved on. */
    boolean update(Reflection reflection, long expectedVersion);

    /** Deletes the reflection if it is still at {@code expectedVersion}; false when it moved on or is gone. */
    boolean delete(UUID id, long expectedVersion);

    Optional<Reflection> find(UUID id);

    /** A cohort's reflections owned by {@code userId} or shared as one of {@code shared}, newest first. */
    PageView<Reflection> visibleIn(UUID cohortId, String userId, Set<Visibility> shared, Paging paging);

    /** Every reflection {@code userId} owns, newest first. */
    PageView<Reflection> ownedBy(String userId, Paging paging);

    /** How many reflections a cohort has, by visibility: counts only, for those who may not read the text. */
    java.util.Map<Visibility, Long> countIn(UUID cohortId);

    /** Every reflection {@code userId} owns, oldest first: their part of a personal-data export. */
    List<Reflection> allOwnedBy(String userId);

    /** Deletes every reflection {@code userId} owns, with any event still pending in them; for an erasure. */
    void deleteOwnedBy(String userId);

    /** Deletes every reflection written in the cohort; for the end of its retention period. */
    void deleteIn(UUID cohortId);
}
