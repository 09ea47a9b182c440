package nl.koers.reflection.casus.web;

import java.util.List;
import java.util.UUID;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.reflection.casus.CaseDescription;
import nl.koers.reflection.casus.CohortRoles;
import nl.koers.reflection.membership.Visibility;

/**
 * A case a participant brings in; {@code roles} may already hold its analysis. {@code visibility} defaults to
 * COHORT: cases are brought in to be discussed.
 */
record CaseRequest(@NotNull UUID cohortId,
                   @NotBlank @Size(max = CaseDescription.MAX_TITLE) String title,
                   @NotBlank @Size(max = CaseDescription.MAX_SITUATION) String situation,
                   Visibility visibility,
                   @Size(max = CohortRoles.MAX_ROLES) List<@NotNull @Valid ContributionItem> roles) {

    CaseDescription description() {
        return new CaseDescription(title, situation, visibility);
    }
}
