package nl.koers.web.reflection.casus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** reflection-service's answers about cases (casussen) and a cohort's role fan. */
public final class CaseModels {

    private CaseModels() {
    }

    /** A case as its readers see it: the situation, who reads it, and what each role of the fan can contribute. */
    public record Case(UUID id, UUID cohortId, String ownerId, String title, String situation, String visibility,
                       String status, List<RoleContribution> roles, Instant createdAt, Instant updatedAt, long version) {

        public Case {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /** A role involved in the case, with the label it had when the case was analysed, and its contribution. */
    public record RoleContribution(String roleKey, String roleLabel, String contribution) {
    }

    /** A cohort's role fan: the organiser's roles, or the four default ones. */
    record Roles(UUID cohortId, List<FanRole> roles, long version) {

        Roles {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        public String label(String key) {
            return roles.stream().filter(r -> r.key().equals(key)).map(FanRole::label).findFirst().orElse(key);
        }
    }

    record FanRole(String key, String label) {
    }

    /** What the API takes for a new case; {@code roles} is its analysis, when given. */
    record NewCase(UUID cohortId, String title, String situation, String visibility, List<Contribution> roles) {
    }

    record Contribution(String role, String contribution) {
    }
}
