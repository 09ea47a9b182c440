package nl.koers.trajectory.report.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import nl.koers.trajectory.report.CohortSummary;
import nl.koers.trajectory.report.ReportStore;
import nl.koers.trajectory.report.Tally;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the report projections. A trajectory's cohorts are found through the cohort ids its document lists,
 * so that a coalition report over a thousand cohorts is one query by {@code _id} rather than a scan.
 */
@Repository
class ReportStoreRepository implements ReportStore {

    private final MongoCollection<Document> trajectories;
    private final MongoCollection<Document> cohorts;
    private final RollupRepository rollups;

    ReportStoreRepository(MongoTemplate mongo) {
        this.trajectories = mongo.getCollection(ReportProjectionRepository.TRAJECTORIES);
        this.cohorts = mongo.getCollection(ReportProjectionRepository.COHORTS);
        this.rollups = new RollupRepository(mongo.getCollection(RollupRepository.ROLLUPS), trajectories, cohorts);
    }

    @Override
    public Optional<Tally> trajectoryTotal(String trajectoryId) {
        return rollups.read(RollupRepository.trajectoryKey(trajectoryId));
    }

    @Override
    public Optional<Tally> coalitionYearTotal(String coalitionId, int schoolYear) {
        return rollups.read(RollupRepository.coalitionYearKey(coalitionId, schoolYear));
    }

    @Override
    public Map<String, Tally> trajectoryYearTotals(Collection<String> trajectoryIds, int schoolYear) {
        return rollups.trajectoryYears(trajectoryIds, schoolYear);
    }

    @Override
    public Optional<CohortSummary> cohort(String cohortId) {
        return Optional.ofNullable(cohorts.find(Filters.eq("_id", cohortId)).first()).map(ReportStoreRepository::summary);
    }

    @Override
    public Set<String> coalitionsOf(String trajectoryId) {
        Document trajectory = trajectories.find(Filters.eq("_id", trajectoryId))
                .projection(Projections.include("coalitionIds")).first();
        return trajectory == null ? Set.of() : Set.copyOf(trajectory.getList("coalitionIds", String.class, List.of()));
    }

    @Override
    public boolean knowsTrajectory(String trajectoryId) {
        return trajectories.find(Filters.eq("_id", trajectoryId)).projection(Projections.include("_id")).first() != null;
    }

    @Override
    public List<CohortSummary> cohortsOf(Collection<String> trajectoryIds) {
        if (trajectoryIds.isEmpty()) {
            return List.of();
        }
        Set<String> cohortIds = new HashSet<>();
        trajectories.find(Filters.in("_id", trajectoryIds)).projection(Projections.include("cohortIds"))
                .forEach(d -> cohortIds.addAll(d.getList("cohortIds", String.class, List.of())));
        if (cohortIds.isEmpty()) {
            return List.of();
        }
        return cohorts.find(Filters.in("_id", cohortIds)).map(ReportStoreRepository::summary).into(new ArrayList<>());
    }

    @Override
    public List<String> trajectoriesOf(String coalitionId) {
        return trajectories.find(Filters.eq("coalitionIds", coalitionId)).projection(Projections.include("_id"))
                .map(d -> d.getString("_id")).into(new ArrayList<>());
    }

    private static CohortSummary summary(Document d) {
        String startsOn = d.getString("startsOn");
        return new CohortSummary(d.getString("_id"), d.getString("trajectoryId"),
                startsOn == null ? null : LocalDate.parse(startsOn), ActivityDocuments.tally(d));
    }
}
