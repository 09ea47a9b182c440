package nl.koers.reflection.casus;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.koers.defaults.problem.InvalidRequest;

/**
 * The roles a cohort analyses its cases with, defined by the organiser. Until they do, the four roles of
 * the NCP EQAVET role fan apply: board, team leader, team and quality officer. Replaced whole; cases already
 * analysed keep the roles (key and label) they were analysed with.
 */
public record CohortRoles(UUID cohortId, List<FanRole> roles, long version) {

    public static final int MAX_ROLES = 10;
    public static final int MAX_LABEL = 100;

    static final List<FanRole> DEFAULT = List.of(
            new FanRole("board", "Bestuur"),
            new FanRole("team-leader", "Teamleider"),
            new FanRole("team", "Onderwijsteam"),
            new FanRole("quality-officer", "Kwaliteitszorg"));

    public CohortRoles {
        roles = roles == null ? List.of() : List.copyOf(roles);
        if (roles.isEmpty() || roles.size() > MAX_ROLES) {
            throw invalid("A cohort analyses cases with 1 to " + MAX_ROLES + " roles.");
        }
        Set<String> keys = new HashSet<>();
        for (FanRole role : roles) {
            if (!keys.add(role.key())) {
                throw invalid("The role key '" + role.key() + "' is used twice; each key names one role.");
            }
            if (role.label() == null || role.label().isBlank() || role.label().length() > MAX_LABEL) {
                throw invalid("The label of role '" + role.key() + "' must be 1 to " + MAX_LABEL + " characters.");
            }
        }
    }

    /** The roles a cohort has before its organiser defines any: version 0, the default four. */
    public static CohortRoles defaults(UUID cohortId) {
        return new CohortRoles(cohortId, DEFAULT, 0);
    }

    public CohortRoles replacedBy(List<FanRole> replacement) {
        return new CohortRoles(cohortId, replacement, version + 1);
    }

    public Optional<FanRole> role(String key) {
        return roles.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    private static InvalidRequest invalid(String detail) {
        return new InvalidRequest("invalid-roles", "Invalid roles", detail);
    }
}
