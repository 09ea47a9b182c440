package nl.koers.trajectory.question.web;

import java.util.List;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
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
record SaveStakeholderMapRequest(
        @ArraySchema(arraySchema = @Schema(description = "Every stakeholder, in the order to show them; an empty"
                + " list clears the map"))
        @NotNull @Size(max = 100) List<@NotNull @Valid StakeholderRequest> stakeholders) {

    /** One stakeholder; stance defaults to UNKNOWN and toInvolve to false. */
    record StakeholderRequest(
            @Schema(description = "A name or a role", example = "Teamleider techniek")
            @NotBlank @Size(max = 200) String nameOrRole,
            @Schema(description = "Their function", example = "Teamleider") @Size(max = 200) String function,
            @Schema(example = "TEAM") @NotNull OrganisationalLevel level,
            @Schema(description = "Influence on the question, 1 (little) to 5 (much)", example = "4")
            @NotNull @Min(1) @Max(5) Integer influence,
            @Schema(description = "Interest in the question, 1 (little) to 5 (much)", example = "2")
            @NotNull @Min(1) @Max(5) Integer interest,
            @Schema(description = "Where they stand; UNKNOWN when left out", example = "SUPPORTER") Stance stance,
            @Schema(description = "Whether they still need to be involved; false when left out", example = "true")
            Boolean toInvolve,
            @Schema(description = "A note for yourself", example = "Na de zomer spreken")
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
