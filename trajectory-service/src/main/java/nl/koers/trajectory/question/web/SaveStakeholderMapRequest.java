package nl.koers.trajectory.question.web;

import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.trajectory.question.OrganisationalLevel;
import nl.koers.trajectory.question.Stakeholder;
import nl.koers.trajectory.question.Stance;

/** The whole stakeholder map; it replaces the saved one. */
record SaveStakeholderMapRequest(@NotNull @Size(max = 100) List<@NotNull @Valid StakeholderRequest> stakeholders) {

    /** One stakeholder; stance defaults to UNKNOWN and toInvolve to false. */
    record StakeholderRequest(
            @NotBlank @Size(max = 200) String nameOrRole,
            @Size(max = 200) String function,
            @NotNull OrganisationalLevel level,
            @NotNull @Min(1) @Max(5) Integer influence,
            @NotNull @Min(1) @Max(5) Integer interest,
            Stance stance,
            Boolean toInvolve,
            @Size(max = 1000) String note) {

        Stakeholder stakeholder() {
            return new Stakeholder(nameOrRole, function, level, influence, interest, stance,
                    Boolean.TRUE.equals(toInvolve), note);
        }
    }

    List<Stakeholder> list() {
        return stakeholders.stream().map(StakeholderRequest::stakeholder).toList();
    }
}
