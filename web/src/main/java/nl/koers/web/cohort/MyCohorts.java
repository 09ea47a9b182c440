package nl.koers.web.cohort;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Page;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * The signed-in person's cohorts as trajectory-service lists them, for the pages that span cohorts (all my
 * reflections, all my cases and interventions) and need their names.
 */
@Component
public class MyCohorts {

    private static final ParameterizedTypeReference<Page<MyCohort>> MINE = new ParameterizedTypeReference<>() { };

    private final KoersApi api;

    MyCohorts(KoersApi api) {
        this.api = api;
    }

    public List<MyCohort> all() {
        return api.get(MINE, "/api/cohorts/mine?size=100").items();
    }

    /** The cohorts I am on the roster of with a seat: those the pages offer to write in. The API still decides. */
    public List<MyCohort> writable() {
        return all().stream().filter(MyCohort::participating).toList();
    }

    /** One of my cohorts, with its trajectory's title and my place on it. */
    public record MyCohort(UUID id, UUID trajectoryId, String trajectoryTitle, String organiser, String name,
                           LocalDate startsOn, LocalDate endsOn, String status, String myRole, String rosterStatus) {

        private static final Set<String> SEATED = Set.of("CONFIRMED", "COMPLETED");

        /** Whether I hold (or held) a seat as a participant: the cohorts pages offer to write in. */
        public boolean participating() {
            return "PARTICIPANT".equals(myRole) && SEATED.contains(rosterStatus);
        }

        public boolean facilitating() {
            return "FACILITATOR".equals(myRole);
        }

        /** "Trajectory – cohort", as a choice of cohort reads. */
        public String label() {
            return trajectoryTitle == null || trajectoryTitle.isBlank() ? name : trajectoryTitle + " – " + name;
        }
    }
}
