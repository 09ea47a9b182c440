package nl.koers.web.reflection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Page;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * What the reflection pages need to know about a cohort from trajectory-service: its name, its trajectory
 * and its sessions. Read with records of only the fields used, so that what trajectory-service adds or
 * leaves out elsewhere does not break these pages.
 */
@Component
public class CohortFacts {

    private static final ParameterizedTypeReference<Page<CohortSession>> SESSIONS = new ParameterizedTypeReference<>() { };

    private final KoersApi api;

    CohortFacts(KoersApi api) {
        this.api = api;
    }

    /** The cohort and its trajectory's title; "not found" when the reader may not see the cohort. */
    public CohortHeader header(UUID cohortId) {
        Cohort cohort = api.get(Cohort.class, "/api/cohorts/{id}", cohortId);
        Trajectory trajectory = api.get(Trajectory.class, "/api/trajectories/{id}", cohort.trajectoryId());
        return new CohortHeader(cohort.id(), cohort.trajectoryId(), cohort.name(), trajectory.title());
    }

    /** The header, or null when the reader may no longer see the cohort (their own records stay readable). */
    public CohortHeader headerIfVisible(UUID cohortId) {
        try {
            return header(cohortId);
        } catch (ApiProblem problem) {
            if (problem.isNotFound() || problem.status() == 403) {
                return null;
            }
            throw problem;
        }
    }

    /** The cohort's sessions in their order; none when the reader may not see them. */
    public List<CohortSession> sessions(UUID cohortId) {
        try {
            return api.get(SESSIONS, "/api/cohorts/{id}/sessions?size=50", cohortId).items();
        } catch (ApiProblem problem) {
            if (problem.isNotFound() || problem.status() == 403) {
                return List.of();
            }
            throw problem;
        }
    }

    public static CohortSession find(List<CohortSession> sessions, UUID sessionId) {
        return sessionId == null ? null
                : sessions.stream().filter(s -> s.id().equals(sessionId)).findFirst().orElse(null);
    }

    /** A cohort named with its trajectory, as every page about something in a cohort names it. */
    public record CohortHeader(UUID id, UUID trajectoryId, String name, String trajectoryTitle) {
    }

    /** A numbered session of a cohort. */
    public record CohortSession(UUID id, UUID cohortId, int sequence, String title, Instant startsAt, Instant endsAt,
                                String status) {

        public boolean cancelled() {
            return "CANCELLED".equals(status);
        }
    }

    private record Cohort(UUID id, UUID trajectoryId, String name) {
    }

    private record Trajectory(UUID id, String title) {
    }
}
