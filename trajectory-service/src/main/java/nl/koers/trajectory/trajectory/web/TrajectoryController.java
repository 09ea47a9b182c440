package nl.koers.trajectory.trajectory.web;

import java.net.URI;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.trajectory.trajectory.Trajectory;
import nl.koers.trajectory.trajectory.TrajectoryService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/trajectories")
@Tag(name = "Trajectories", description = "Programme definitions that cohorts run")
class TrajectoryController {

    private final TrajectoryService trajectories;

    TrajectoryController(TrajectoryService trajectories) {
        this.trajectories = trajectories;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @Operation(summary = "Create a trajectory, optionally with its session blueprint")
    ResponseEntity<TrajectoryView> create(@Valid @RequestBody CreateTrajectoryRequest request,
                                          @Parameter(hidden = true) Caller caller) {
        Trajectory trajectory = trajectories.create(request.title(), request.description(), request.organiser(),
                request.coalitionIds(), request.blueprint(), caller.id());
        return ResponseEntity.created(URI.create("/api/trajectories/" + trajectory.id()))
                .body(TrajectoryView.of(trajectory));
    }

    @GetMapping
    @Operation(summary = "List trajectories, newest first")
    PageView<TrajectoryView> list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                  @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        return trajectories.list(page, size).map(TrajectoryView::of);
    }

    @GetMapping("/{id}")
    TrajectoryView get(@PathVariable UUID id) {
        return TrajectoryView.of(trajectories.get(id));
    }
}
