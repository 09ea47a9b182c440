package nl.koers.trajectory.trajectory.web;

import java.util.List;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.koers.trajectory.trajectory.SessionBlueprint;

/**
 * What an organiser sends to create or revise a trajectory, optionally with the sessions every cohort runs and how
 * long its cohorts keep personal data.
 */
record TrajectoryRequest(
        @Schema(example = "Betere kwaliteitsborging door sterker onderwijskundig leiderschap in het mbo")
        @NotBlank @Size(max = 200) String title,
        @Schema(description = "What the trajectory is about and for whom",
                example = "Een traject voor teamleiders en kwaliteitszorgmedewerkers in het mbo.")
        @Size(max = 5000) String description,
        @Schema(description = "The body that organises the trajectory", example = "NCP EQAVET")
        @NotBlank @Size(max = 200) String organiser,
        @ArraySchema(arraySchema = @Schema(description = "Coalitions that co-own the trajectory and read its"
                + " reports as aggregates: lowercase letters, digits and hyphens"),
                schema = @Schema(example = "teams-aan-zet"))
        @Size(max = 20) List<@NotNull @Size(min = 1, max = 100) @Pattern(regexp = "[a-z0-9-]+") String> coalitionIds,
        @ArraySchema(arraySchema = @Schema(description = "The sessions every cohort runs, in order; session n of"
                + " a cohort scheduled from the blueprint is its n-th entry"))
        @Size(max = 20) List<@NotNull @Valid BlueprintSessionRequest> sessionBlueprint,
        @Schema(description = "How many months after a cohort ended (was completed or cancelled) its participants'"
                + " personal data is kept, 1 to 120; leave it out for Koers's default (24 unless configured"
                + " otherwise). Then names, institutions, development questions and stakeholder maps of that cohort"
                + " are erased; the reports keep their figures.", example = "24", minimum = "1", maximum = "120")
        @Min(1) @Max(120) Integer retentionMonths) {

    /** One session of the blueprint. */
    record BlueprintSessionRequest(
            @Schema(example = "Startbijeenkomst") @NotBlank @Size(max = 200) String title,
            @Schema(description = "What the session is about", example = "Je ontwikkelvraag formuleren")
            @Size(max = 2000) String theme,
            @ArraySchema(arraySchema = @Schema(description = "The session's parts in order; together they fit"
                    + " in the session a cohort schedules"))
            @Size(max = 30) List<@NotNull @Valid AgendaItemRequest> agenda) {

        SessionBlueprint blueprint() {
            return new SessionBlueprint(title, theme,
                    agenda == null ? List.of() : agenda.stream().map(AgendaItemRequest::item).toList());
        }
    }

    List<SessionBlueprint> blueprint() {
        return sessionBlueprint == null ? List.of()
                : sessionBlueprint.stream().map(BlueprintSessionRequest::blueprint).toList();
    }
}
