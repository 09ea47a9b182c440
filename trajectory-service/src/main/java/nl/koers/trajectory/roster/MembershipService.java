package nl.koers.trajectory.roster;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.koers.defaults.web.PageView;
import nl.koers.trajectory.cohort.Cohort;
import nl.koers.trajectory.cohort.Cohorts;
import nl.koers.trajectory.trajectory.Trajectories;
import nl.koers.trajectory.trajectory.Trajectory;

/**
 * A person's own cohorts, for their home page: the ones they facilitate and the ones whose roster they are on,
 * waitlisted and withdrawn places included, so that they can see where they stand. It answers only about the
 * asker, so it needs no access rule; organisers see here only the cohorts they take part in themselves.
 * <p>
 * A fixed number of reads whatever the number of cohorts: the facilitated ones and the roster places (each an
 * equality lookup on an indexed field), the cohorts by id, and the page's trajectories by id.
 */
public class MembershipService {

    private final Cohorts cohorts;
    private final RosterEntries entries;
    private final Trajectories trajectories;

    public MembershipService(Cohorts cohorts, RosterEntries entries, Trajectories trajectories) {
        this.cohorts = cohorts;
        this.entries = entries;
        this.trajectories = trajectories;
    }

    /** The person's cohorts, earliest start first. */
    public PageView<Membership> cohortsOf(String userId, int page, int size) {
        Map<UUID, RosterStatus> places = entries.currentStatusesOf(userId);
        Set<UUID> ids = new HashSet<>(cohorts.facilitatedBy(userId));
        ids.addAll(places.keySet());
        // A person is in a handful of cohorts: all of them are read, and paged here.
        List<Cohort> all = cohorts.findAll(ids);
        int from = (int) Math.min((long) page * size, all.size());
        List<Cohort> shown = all.subList(from, Math.min(from + size, all.size()));
        Map<UUID, Trajectory> trajectoriesById = trajectories.findAll(
                shown.stream().map(Cohort::trajectoryId).toList());
        List<Membership> memberships = shown.stream().map(cohort -> {
            Trajectory trajectory = trajectoriesById.get(cohort.trajectoryId());
            boolean facilitates = cohort.isFacilitatedBy(userId);
            return new Membership(cohort, trajectory == null ? null : trajectory.title(),
                    trajectory == null ? null : trajectory.organiser(),
                    facilitates ? MemberRole.FACILITATOR : MemberRole.PARTICIPANT,
                    facilitates ? null : places.get(cohort.id()));
        }).toList();
        return PageView.of(memberships, page, size, all.size());
    }
}
