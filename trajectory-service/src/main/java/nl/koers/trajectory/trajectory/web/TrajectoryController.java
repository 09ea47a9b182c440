package nl.koers.trajectory.trajectory.web;

import java.net.URI;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.trajectory.trajectory.Trajectory;
import nl.koers.trajectory.trajectory.TrajectoryService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Trajectories: organisers and admins create them, everyone signed in reads them. */
@RestController
@RequestMapping("/api/trajectories")
@Tag(name = "Trajectories", description = "Programme definitions that cohorts run, such as NCP EQAVET's development"
        + " trajectory: title, organiser, the coalitions that co-own it, and optionally the blueprint of sessions"
        + " every cohort runs.")
class TrajectoryController {

    private final TrajectoryService trajectories;

    TrajectoryController(TrajectoryService trajectories) {
        this.trajectories = trajectories;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a trajectory", description = "Organisers and admins. Optionally with its session"
            + " blueprint, from which a cohort's sessions are scheduled in one step. The trajectory cannot be"
            + " changed afterwards.")
    ResponseEntity<TrajectoryView> createTrajectory(@Valid @RequestBody CreateTrajectoryRequest request,
                                                    Caller caller) {
        Trajectory trajectory = trajectories.create(request.title(), request.description(), request.organiser(),
                request.coalitionIds(), request.blueprint(), caller.id());
        return ResponseEntity.created(URI.create("/api/trajectories/" + trajectory.id()))
                .body(TrajectoryView.of(trajectory));
    }

    @GetMapping
    @Operation(summary = "List trajectories", description = "Everyone signed in. Newest first, a page at a time.")
    PageView<TrajectoryView> listTrajectories(Paging paging) {
        return trajectories.list(paging.page(), paging.size()).map(TrajectoryView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a trajectory", description = "Everyone signed in. The trajectory with its session"
            + " blueprint, sessions numbered from 1.")
    TrajectoryView getTrajectory(@PathVariable UUID id) {
        return TrajectoryView.of(trajectories.get(id));
    }
}
