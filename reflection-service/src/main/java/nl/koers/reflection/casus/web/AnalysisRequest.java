package nl.koers.reflection.casus.web;

import java.util.List;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.reflection.casus.CohortRoles;

/** A case's analysis with the role fan, replacing an earlier one: the roles involved and their contribution. */
record AnalysisRequest(
        @Schema(description = "The roles of the cohort's fan involved in the situation, each once, in any order")
        @NotNull @Size(min = 1, max = CohortRoles.MAX_ROLES) List<@NotNull @Valid ContributionItem> roles) {
}
