package nl.koers.reflection.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import nl.koers.events.DomainEvent;
import nl.koers.events.EvaluationSubmitted;

/**
 * The evaluations of one cohort, kept together so their summary is read from one record. Each response is
 * inserted at a random place, so their order does not tell who answered when; whether someone answered
 * already is kept elsewhere ({@link Respondents}), never here.
 */
public final class CohortEvaluation {

    /** Fewer responses than this and the summary shows nothing at all. */
    public static final int MINIMUM_RESPONSES = 5;

    private final UUID cohortId;
    private final UUID trajectoryId;
    private final List<EvaluationResponse> responses;
    private final long version;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private CohortEvaluation(UUID cohortId, UUID trajectoryId, List<EvaluationResponse> responses, long version) {
        this.cohortId = cohortId;
        this.trajectoryId = trajectoryId;
        this.responses = new ArrayList<>(responses);
        this.version = version;
    }

    /** A cohort nobody evaluated yet: version 0, not stored. */
    public static CohortEvaluation none(UUID cohortId, UUID trajectoryId) {
        return new CohortEvaluation(cohortId, trajectoryId, List.of(), 0);
    }

    public static CohortEvaluation restore(UUID cohortId, UUID trajectoryId, List<EvaluationResponse> responses,
                                           long version) {
        return new CohortEvaluation(cohortId, trajectoryId, responses, version);
    }

    /** Adds a response and records the event; the result is one version further. */
    public CohortEvaluation add(EvaluationResponse response, RandomGenerator random, Instant now) {
        CohortEvaluation next = new CohortEvaluation(cohortId, trajectoryId, responses, version + 1);
        next.responses.add(random.nextInt(responses.size() + 1), response);
        next.pendingEvents.add(new EvaluationSubmitted(UUID.randomUUID(), now, cohortId, trajectoryId,
                response.ratings(), next.responses.size()));
        return next;
    }

    /** Averages, distributions and comments in the form's item order; nothing below the minimum. */
    public EvaluationSummary summary(EvaluationForm form) {
        if (responses.size() < MINIMUM_RESPONSES) {
            return EvaluationSummary.suppressed(cohortId);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        form.items().forEach(i -> labels.put(i.key(), i.label()));
        Set<String> keys = new LinkedHashSet<>(labels.keySet());
        // Items rated under an earlier form still count; they come after the current ones.
        responses.forEach(r -> keys.addAll(new TreeSet<>(r.ratings().keySet())));
        List<EvaluationSummary.ItemSummary> items = keys.stream().map(key -> item(key, labels.getOrDefault(key, key)))
                .filter(Objects::nonNull).toList();
        List<String> comments = responses.stream().map(EvaluationResponse::comment).filter(Objects::nonNull).toList();
        return new EvaluationSummary(cohortId, false, MINIMUM_RESPONSES, responses.size(), items, comments);
    }

    private EvaluationSummary.ItemSummary item(String key, String label) {
        List<Integer> ratings = responses.stream().map(r -> r.ratings().get(key)).filter(Objects::nonNull).toList();
        if (ratings.isEmpty()) {
            return null;
        }
        Map<Integer, Integer> distribution = new TreeMap<>();
        IntStream.rangeClosed(EvaluationForm.LOWEST, EvaluationForm.HIGHEST).forEach(n -> distribution.put(n, 0));
        ratings.forEach(n -> distribution.merge(n, 1, Integer::sum));
        double average = Math.round(ratings.stream().mapToInt(Integer::intValue).average().orElse(0) * 100) / 100.0;
        return new EvaluationSummary.ItemSummary(key, label, ratings.size(), average, distribution);
    }

    public UUID cohortId() {
        return cohortId;
    }

    public UUID trajectoryId() {
        return trajectoryId;
    }

    public List<EvaluationResponse> responses() {
        return List.copyOf(responses);
    }

    public long version() {
        return version;
    }

    /** Events caused by changes not yet stored; the repository writes them with the state. */
    public List<DomainEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
