package nl.koers.defaults.web;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is asking, taken from the validated access token: the subject, the roles and the coalitions they
 * report for. Controllers take it as a parameter and pass it into the use cases, which apply ownership rules.
 */
public record Caller(String id, Set<Role> roles, Set<String> coalitions) {

    public static final String ROLES_CLAIM = "roles";
    public static final String COALITIONS_CLAIM = "coalitions";

    public static Caller of(Jwt jwt) {
        return new Caller(jwt.getSubject(),
                Role.fromClaims(claimValues(jwt, ROLES_CLAIM)),
                Set.copyOf(claimValues(jwt, COALITIONS_CLAIM)));
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    /** Organisers and admins manage trajectories, cohorts and rosters. */
    public boolean manages() {
        return is(Role.ORGANISER) || is(Role.ADMIN);
    }

    private static List<String> claimValues(Jwt jwt, String claim) {
        Object value = jwt.getClaims().get(claim);
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.toList());
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }
}
