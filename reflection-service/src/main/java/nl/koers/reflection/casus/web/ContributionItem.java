package nl.koers.reflection.casus.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.reflection.casus.RoleContribution;
import nl.koers.reflection.web.Keys;
import org.jspecify.annotations.Nullable;

/** A role of the cohort's fan involved in the case, and what it can contribute. */
record ContributionItem(
        @Schema(description = "The key of a role in the cohort's fan (GET /api/role-fans/{cohortId})",
                example = "team")
        @NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String role,
        @Schema(description = "What this role can contribute in the situation", example = "De cijfers samen duiden")
        @NotBlank @Size(max = RoleContribution.MAX_CONTRIBUTION) String contribution) {

    static Map<String, String> toMap(@Nullable List<ContributionItem> items) {
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
