package nl.koers.trajectory.report.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import nl.koers.trajectory.report.ReportPeriod;
import nl.koers.trajectory.report.Tally;
import org.bson.Document;

/**
 * Precomputed report totals in {@code report_rollups}, so that a trajectory's report and a coalition's report for
 * a school year read one document instead of adding up every cohort summary per request:
 * <ul>
 * <li>{@code t:<trajectory>}: all cohorts of a trajectory, with the school years ({@code years}) its cohorts
 * start in;</li>
 * <li>{@code t:<trajectory>:<year>}: the trajectory's cohorts that start in the school year beginning on
 * 1 August of {@code year};</li>
 * <li>{@code c:<coalition>:<year>}: the sum of {@code t:<trajectory>:<year>} over the trajectories the coalition
 * owns.</li>
 * </ul>
 * They are <em>recomputed</em> (never incremented) after every projection batch for the trajectories the batch
 * touched and their coalitions, from the cohort summaries as stored then; so duplicated, replayed or reordered
 * events give the same totals as the summaries themselves, and a batch that fails halfway is simply redone.
 * With several instances projecting at once, two recomputations of one rollup may race and the older snapshot
 * may win until the next batch touching it; the report consumer runs one thread per instance.
 */
final class RollupRepository {

    static final String ROLLUPS = "report_rollups";

    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> rollups;
    private final MongoCollection<Document> trajectories;
    private final MongoCollection<Document> cohorts;

    RollupRepository(MongoCollection<Document> rollups, MongoCollection<Document> trajectories,
                     MongoCollection<Document> cohorts) {
        this.rollups = rollups;
        this.trajectories = trajectories;
        this.cohorts = cohorts;
    }

    static String trajectoryKey(String trajectoryId) {
        return "t:" + trajectoryId;
    }

    static String trajectoryYearKey(String trajectoryId, int year) {
        return "t:" + trajectoryId + ":" + year;
    }

    static String coalitionYearKey(String coalitionId, int year) {
        return "c:" + coalitionId + ":" + year;
    }

    static int schoolYear(LocalDate day) {
        return ReportPeriod.schoolYearOf(day).from().getYear();
    }

    /** The school-year rollups of these trajectories, by trajectory id, in one lookup; absent when none exists. */
    Map<String, Tally> trajectoryYears(Collection<String> trajectoryIds, int year) {
        Map<String, Tally> found = new HashMap<>();
        readAll(trajectoryIds.stream().map(tid -> trajectoryYearKey(tid, year)).toList()).forEach((key, d) ->
                found.put(key.substring(2, key.lastIndexOf(':')), ActivityDocuments.tally(d)));
        return found;
    }

    Optional<Tally> read(String key) {
        return Optional.ofNullable(rollups.find(Filters.eq("_id", key)).first()).map(ActivityDocuments::tally);
    }

    /**
     * Recomputes the rollups of these trajectories and of every (coalition, school year) they contribute to, or
     * contributed to before a revision took them away from a coalition ({@code formerCoalitions}, by trajectory).
     */
    void refresh(Collection<String> trajectoryIds, Map<String, Set<String>> formerCoalitions) {
        Set<String> touched = new HashSet<>(trajectoryIds);
        touched.remove(null);
        if (touched.isEmpty()) {
            return;
        }
        Map<String, Document> trajectoryDocs = trajectoryDocs(touched);
        Map<String, Document> before = readAll(touched.stream().map(RollupRepository::trajectoryKey).toList());
        Map<String, Set<Integer>> yearsOf = new HashMap<>();
        List<WriteModel<Document>> writes = new ArrayList<>();
        recomputeTrajectories(touched, trajectoryDocs, before, yearsOf, writes);

        // Which (coalition, year) pairs changed, and which trajectories each coalition owns.
        Map<String, Set<Integer>> coalitionYears = new HashMap<>();
        for (String id : touched) {
            Document t = trajectoryDocs.get(id);
            for (String coalition : t == null ? List.<String>of() : t.getList("coalitionIds", String.class, List.of())) {
                coalitionYears.computeIfAbsent(coalition, c -> new TreeSet<>()).addAll(yearsOf.get(id));
            }
            for (String coalition : formerCoalitions.getOrDefault(id, Set.of())) {
                coalitionYears.computeIfAbsent(coalition, c -> new TreeSet<>()).addAll(yearsOf.get(id));
            }
        }
        if (!coalitionYears.isEmpty()) {
            Map<String, List<String>> owned = new HashMap<>();
            Set<String> others = new HashSet<>();
            for (String coalition : coalitionYears.keySet()) {
                List<String> ids = trajectories.find(Filters.eq("coalitionIds", coalition))
                        .projection(new Document("_id", 1)).map(d -> d.getString("_id")).into(new ArrayList<>());
                owned.put(coalition, ids);
                ids.stream().filter(tid -> !touched.contains(tid)).forEach(others::add);
            }
            // Rollups recomputed in this batch are taken from memory; the others' are read, and any trajectory
            // that has none yet (projected before rollups existed) is recomputed first.
            Map<String, Tally> yearTallies = new HashMap<>(pendingYearTallies(writes));
            Map<String, Document> otherTotals = readAll(others.stream().map(RollupRepository::trajectoryKey).toList());
            Set<String> missing = new HashSet<>(others);
            missing.removeIf(tid -> otherTotals.containsKey(trajectoryKey(tid)));
            if (!missing.isEmpty()) {
                List<WriteModel<Document>> more = new ArrayList<>();
                recomputeTrajectories(missing, trajectoryDocs(missing), Map.of(), new HashMap<>(), more);
                writes.addAll(more);
                yearTallies.putAll(pendingYearTallies(more));
            }
            Set<String> keys = new HashSet<>();
            coalitionYears.forEach((coalition, years) -> owned.get(coalition).forEach(tid -> years.forEach(
                    year -> keys.add(trajectoryYearKey(tid, year)))));
            keys.removeAll(yearTallies.keySet());
            readAll(keys).forEach((key, d) -> yearTallies.put(key, ActivityDocuments.tally(d)));
            coalitionYears.forEach((coalition, years) -> years.forEach(year -> {
                List<Tally> parts = new ArrayList<>();
                owned.get(coalition).forEach(tid -> {
                    Tally part = yearTallies.get(trajectoryYearKey(tid, year));
                    if (part != null) {
                        parts.add(part);
                    }
                });
                writes.add(replace(coalitionYearKey(coalition, year), Tally.sum(parts), null));
            }));
        }
        if (!writes.isEmpty()) {
            rollups.bulkWrite(writes, UNORDERED);
        }
    }

    private void recomputeTrajectories(Set<String> ids, Map<String, Document> trajectoryDocs,
                                       Map<String, Document> before, Map<String, Set<Integer>> yearsOf,
                                       List<WriteModel<Document>> writes) {
        Map<String, String> trajectoryOf = new HashMap<>();
        for (String tid : ids) {
            Document t = trajectoryDocs.get(tid);
            if (t != null) {
                t.getList("cohortIds", String.class, List.of()).forEach(c -> trajectoryOf.put(c, tid));
            }
        }
        Map<String, List<Document>> summariesOf = new HashMap<>();
        if (!trajectoryOf.isEmpty()) {
            cohorts.find(Filters.in("_id", trajectoryOf.keySet())).forEach(d -> summariesOf
                    .computeIfAbsent(trajectoryOf.get(d.getString("_id")), k -> new ArrayList<>()).add(d));
        }
        for (String tid : ids) {
            List<Tally> all = new ArrayList<>();
            Map<Integer, List<Tally>> byYear = new HashMap<>();
            for (Document summary : summariesOf.getOrDefault(tid, List.of())) {
                Tally tally = ActivityDocuments.tally(summary);
                all.add(tally);
                String startsOn = summary.getString("startsOn");
                if (startsOn != null) {
                    byYear.computeIfAbsent(schoolYear(LocalDate.parse(startsOn)), y -> new ArrayList<>()).add(tally);
                }
            }
            // A year the trajectory had cohorts in before (a cohort moved) is rewritten as empty.
            Set<Integer> years = new TreeSet<>(byYear.keySet());
            Document old = before.get(trajectoryKey(tid));
            if (old != null) {
                years.addAll(old.getList("years", Integer.class, List.of()));
            }
            yearsOf.put(tid, years);
            writes.add(replace(trajectoryKey(tid), Tally.sum(all), new ArrayList<>(new TreeSet<>(byYear.keySet()))));
            for (int year : years) {
                writes.add(replace(trajectoryYearKey(tid, year), Tally.sum(byYear.getOrDefault(year, List.of())), null));
            }
        }
    }

    private static Map<String, Tally> pendingYearTallies(List<WriteModel<Document>> writes) {
        Map<String, Tally> tallies = new HashMap<>();
        for (WriteModel<Document> w : writes) {
            Document d = ((ReplaceOneModel<Document>) w).getReplacement();
            tallies.put(d.getString("_id"), ActivityDocuments.tally(d));
        }
        return tallies;
    }

    private static ReplaceOneModel<Document> replace(String key, Tally tally, List<Integer> years) {
        List<String> names = new ArrayList<>(new TreeSet<>(tally.counters().keySet()));
        Document d = new Document("_id", key).append("k", names).append("v", names.stream().map(tally::get).toList());
        if (years != null) {
            d.append("years", years);
        }
        return new ReplaceOneModel<>(new Document("_id", key), d, UPSERT);
    }

    private Map<String, Document> trajectoryDocs(Collection<String> ids) {
        Map<String, Document> found = new HashMap<>();
        trajectories.find(Filters.in("_id", ids)).forEach(d -> found.put(d.getString("_id"), d));
        return found;
    }

    private Map<String, Document> readAll(Collection<String> keys) {
        Map<String, Document> found = new HashMap<>();
        if (!keys.isEmpty()) {
            rollups.find(Filters.in("_id", keys)).forEach(d -> found.put(d.getString("_id"), d));
        }
        return found;
    }
}
