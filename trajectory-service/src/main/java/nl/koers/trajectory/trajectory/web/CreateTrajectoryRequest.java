package nl.koers.trajectory.trajectory.web;

import java.util.List;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an organiser sends to create a trajectory. */
record CreateTrajectoryRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 5000) String description,
        @NotBlank @Size(max = 200) String organiser,
        @Size(max = 20) List<@NotNull @Size(min = 1, max = 100) @Pattern(regexp = "[a-z0-9-]+") String> coalitionIds) {
}
