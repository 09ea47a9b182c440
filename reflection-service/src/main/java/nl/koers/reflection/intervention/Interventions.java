package nl.koers.reflection.intervention;

import java.util.Collection;
import java.util.List;
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

    /** Every intervention {@code userId} planned or co-owns, oldest first: their part of a personal-data export. */
    List<Intervention> allOwnedBy(String userId);

    /** The ids of the interventions {@code userId} planned (not those they only co-own). */
    List<UUID> plannedBy(String userId);

    /**
     * Passes every work group's intervention {@code userId} planned to its first co-owner, raising its version: the
     * group's shared work stays with the group when its planner is erased, and only a solo plan is theirs alone.
     */
    void handOverFrom(String userId);

    /** The ids of the cohort's interventions. */
    List<UUID> in(UUID cohortId);

    /** Deletes these interventions, steps and pending events with them. */
    void delete(Collection<UUID> ids);

    /**
     * Puts {@code formerId} in {@code userId}'s place in every work group they co-own an intervention with, raising
     * each one's version: the intervention is its planner's, and keeps counting a member without naming them.
     */
    void replaceCoOwner(String userId, String formerId);
}
