package nl.koers.web.cohort;

import java.util.List;
import java.util.UUID;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Page;
import nl.koers.web.cohort.CohortModels.Cohort;
import nl.koers.web.cohort.CohortModels.CohortOfTrajectory;
import nl.koers.web.cohort.CohortModels.Session;
import nl.koers.web.cohort.CohortModels.Trajectory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** Reads cohorts, their trajectory and their sessions from trajectory-service, for every page that names a cohort. */
@Component
public class Cohorts {

    private static final ParameterizedTypeReference<Page<Session>> SESSIONS = new ParameterizedTypeReference<>() { };

    private final KoersApi api;

    Cohorts(KoersApi api) {
        this.api = api;
    }

    public CohortOfTrajectory get(UUID cohortId) {
        Cohort cohort = api.get(Cohort.class, "/api/cohorts/{id}", cohortId);
        return new CohortOfTrajectory(cohort, api.get(Trajectory.class, "/api/trajectories/{id}", cohort.trajectoryId()));
    }

    public List<Session> sessions(UUID cohortId) {
        return api.get(SESSIONS, "/api/cohorts/{id}/sessions?size=50", cohortId).items();
    }
}
