package nl.koers.trajectory.trajectory.web;

import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.koers.trajectory.trajectory.SessionBlueprint;

/** What an organiser sends to create a trajectory, optionally with the sessions every cohort runs. */
record CreateTrajectoryRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 5000) String description,
        @NotBlank @Size(max = 200) String organiser,
        @Size(max = 20) List<@NotNull @Size(min = 1, max = 100) @Pattern(regexp = "[a-z0-9-]+") String> coalitionIds,
        @Size(max = 20) List<@NotNull @Valid BlueprintSessionRequest> sessionBlueprint) {

    /** One session of the blueprint. */
    record BlueprintSessionRequest(
            @NotBlank @Size(max = 200) String title,
            @Size(max = 2000) String theme,
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
