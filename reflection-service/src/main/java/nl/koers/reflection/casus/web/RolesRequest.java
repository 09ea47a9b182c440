package nl.koers.reflection.casus.web;

import java.util.List;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.koers.reflection.casus.CohortRoles;
import nl.koers.reflection.casus.FanRole;
import nl.koers.reflection.web.Keys;

/** The roles an organiser gives a cohort's role fan, replacing the earlier ones. */
record RolesRequest(
        @Schema(description = "The fan's roles in the order people read them; each key once")
        @NotNull @Size(min = 1, max = CohortRoles.MAX_ROLES) List<@NotNull @Valid RoleItem> roles) {

    /** One role: the key cases refer to and the label people read. */
    record RoleItem(
            @Schema(description = "The key cases refer to the role by: " + Keys.MESSAGE, example = "team-leader")
            @NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String key,
            @Schema(description = "The role's name as people read it", example = "Teamleider")
            @NotBlank @Size(max = CohortRoles.MAX_LABEL) String label) {
    }

    List<FanRole> toRoles() {
        return roles.stream().map(r -> new FanRole(r.key(), r.label().strip())).toList();
    }
}
