package nl.koers.defaults.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The roles an access token's {@code roles} claim can carry; authorities are {@code ROLE_<claim value>}. */
public enum Role {
    PARTICIPANT, FACILITATOR, ORGANISER, COALITION, ADMIN;

    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Set<Role> fromClaims(Collection<String> values) {
        Set<String> names = values.stream().map(v -> v.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        return Arrays.stream(values()).filter(r -> names.contains(r.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
