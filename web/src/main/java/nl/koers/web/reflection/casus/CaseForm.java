package nl.koers.web.reflection.casus;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.koers.web.reflection.casus.CaseModels.Contribution;

/**
 * A case as the form holds it: title, situation, who reads it, and per role of the cohort's fan what it can
 * contribute (empty: not involved). The limits are reflection-service's.
 */
record CaseForm(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String title,
        @NotBlank(message = "{validation.required}") @Size(max = 10_000, message = "{validation.size.max}") String situation,
        @NotBlank(message = "{validation.choose}") String visibility,
        @Valid List<RoleAnswer> roles) {

    CaseForm {
        roles = roles == null ? List.of() : roles;
    }

    /** One role of the fan and what the participant says it can contribute. */
    record RoleAnswer(String role, @Size(max = 2_000, message = "{validation.size.max}") String contribution) {
    }

    /** The roles that contribute, as the API takes them. */
    List<Contribution> contributions() {
        return roles.stream().filter(r -> r.role() != null && r.contribution() != null && !r.contribution().isBlank())
                .map(r -> new Contribution(r.role(), r.contribution().strip())).toList();
    }
}
