package nl.koers.reflection.casus.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.reflection.casus.RoleContribution;
import nl.koers.reflection.web.Keys;

/** A role of the cohort's fan involved in the case, and what it can contribute. */
record ContributionItem(@NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String role,
                        @NotBlank @Size(max = RoleContribution.MAX_CONTRIBUTION) String contribution) {

    static Map<String, String> toMap(List<ContributionItem> items) {
        Map<String, String> map = new LinkedHashMap<>();
        if (items != null) {
            for (ContributionItem item : items) {
                if (map.put(item.role(), item.contribution()) != null) {
                    throw new InvalidRequest("invalid-case", "Invalid case",
                            "The role '" + item.role() + "' is named twice; give each role's contribution once.");
                }
            }
        }
        return map;
    }
}
