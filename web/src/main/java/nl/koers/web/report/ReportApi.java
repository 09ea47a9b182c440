package nl.koers.web.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Page;
import nl.koers.web.report.ReportModels.Cohort;
import nl.koers.web.report.ReportModels.EvaluationItems;
import nl.koers.web.report.ReportModels.Report;
import nl.koers.web.report.ReportModels.Trajectory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * What the report pages read from the API, as the signed-in reader: the report itself (whose 404 says the
 * reader may not read it, or it does not exist), and the names that make it readable (a trajectory's title, its
 * cohorts' names, its evaluation items' labels). A name that cannot be read is left out, and the page falls back
 * to the id: the report is the page's answer, the names only dress it.
 */
@Component
class ReportApi {

    static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final int PAGE_SIZE = 100;
    /** A coalition co-owns a handful of trajectories; 1,000 is far beyond any. */
    private static final int MAX_PAGES = 10;

    private static final ParameterizedTypeReference<Page<Trajectory>> TRAJECTORIES = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Page<Cohort>> COHORTS = new ParameterizedTypeReference<>() { };

    private final KoersApi api;

    ReportApi(KoersApi api) {
        this.api = api;
    }

    Report report(ReportScope scope, String id, Period period) {
        return period == null ? api.get(Report.class, scope.apiPath(), id)
                : api.get(Report.class, scope.apiPath() + "?from={from}&to={to}", id, period.from(), period.to());
    }

    /** The same report as the API writes it for Excel, in the reader's language. */
    byte[] csv(ReportScope scope, String id, Period period, Locale language) {
        return period == null ? api.getBytes(CSV, language, scope.apiPath(), id)
                : api.getBytes(CSV, language, scope.apiPath() + "?from={from}&to={to}", id, period.from(), period.to());
    }

    /** The trajectory, or null when trajectory-service does not know it (the report may know it from events). */
    Trajectory trajectory(UUID id) {
        return orNull(() -> api.get(Trajectory.class, "/api/trajectories/{id}", id));
    }

    Cohort cohort(UUID id) {
        return orNull(() -> api.get(Cohort.class, "/api/cohorts/{id}", id));
    }

    /** The cohorts of a trajectory, in every status. */
    List<Cohort> cohortsOf(UUID trajectoryId) {
        return all(COHORTS, "/api/trajectories/{id}/cohorts?size=" + PAGE_SIZE + "&page={page}", trajectoryId);
    }

    /**
     * The trajectories a coalition co-owns. The list is asked for by coalition and checked again here, so that a
     * trajectory of another coalition never shows among this coalition's.
     */
    List<Trajectory> trajectoriesOf(String coalitionId) {
        return all(TRAJECTORIES, "/api/trajectories?coalition={coalition}&size=" + PAGE_SIZE + "&page={page}",
                coalitionId).stream().filter(t -> t.coalitionIds().contains(coalitionId)).toList();
    }

    EvaluationItems evaluationItems(UUID trajectoryId) {
        return orNull(() -> api.get(EvaluationItems.class, "/api/evaluations/items/{id}", trajectoryId));
    }

    private static <T> T orNull(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (ApiProblem problem) {
            if (problem.isNotFound()) {
                return null;
            }
            throw problem;
        }
    }

    /** Every page of a list; {@code uri} ends in {@code page={page}}, filled in after {@code variables}. */
    private <T> List<T> all(ParameterizedTypeReference<Page<T>> type, String uri, Object... variables) {
        List<T> items = new ArrayList<>();
        Object[] withPage = java.util.Arrays.copyOf(variables, variables.length + 1);
        for (int page = 0; page < MAX_PAGES; page++) {
            withPage[variables.length] = page;
            Page<T> answer = api.get(type, uri, withPage);
            if (answer == null) {
                break;
            }
            items.addAll(answer.items());
            if (answer.items().isEmpty() || page + 1 >= answer.totalPages()) {
                break;
            }
        }
        return items;
    }
}
