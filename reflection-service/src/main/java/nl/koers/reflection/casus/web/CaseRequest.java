package nl.koers.reflection.casus.web;

import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.reflection.casus.CaseDescription;
import nl.koers.reflection.casus.CohortRoles;
import nl.koers.reflection.membership.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * A case a participant brings in; {@code roles} may already hold its analysis. {@code visibility} defaults to
 * COHORT: cases are brought in to be discussed.
 */
record CaseRequest(
        @Schema(description = "The cohort you bring the case into; you must be one of its confirmed participants",
                example = "4b1f2c8e-6d3a-4e5f-9a7b-2c1d0e9f8a76")
        @NotNull UUID cohortId,
        @Schema(description = "A short name for the case", example = "Uitval in leerjaar 1")
        @NotBlank @Size(max = CaseDescription.MAX_TITLE) String title,
        @Schema(description = "The quality situation, as you would tell it to the group",
                example = "Teams zien de cijfers over uitval, maar niet de oorzaken erachter.")
        @NotBlank @Size(max = CaseDescription.MAX_SITUATION) String situation,
        @Schema(description = "Who besides you may read it: PRIVATE, FACILITATORS or COHORT; COHORT when absent",
                example = "COHORT")
        @Nullable Visibility visibility,
        @Schema(description = "The analysis, if you have it already: roles of the cohort's fan, each once")
        @Size(max = CohortRoles.MAX_ROLES) @Nullable List<@NotNull @Valid ContributionItem> roles) {

    CaseDescription description() {
        return new CaseDescription(title, situation, visibility);
    }
}
