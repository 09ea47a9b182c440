package nl.koers.trajectory.trajectory.web;

import java.net.URI;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.koers.defaults.web.Versioned;
import nl.koers.defaults.web.Versions;
import nl.koers.trajectory.trajectory.Trajectory;
import nl.koers.trajectory.trajectory.TrajectoryFilter;
import nl.koers.trajectory.trajectory.TrajectoryService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Trajectories: organisers and admins create and revise them, everyone signed in reads them. */
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
    @Versioned
    @Operation(summary = "Create a trajectory", description = "Organisers and admins. Optionally with its session"
            + " blueprint, from which a cohort's sessions are scheduled in one step, and with retentionMonths, how"
            + " long its cohorts keep personal data after they end (1 to 120; Koers's default without it). The"
            + " creation is written to the audit trail.")
    ResponseEntity<TrajectoryView> createTrajectory(@Valid @RequestBody TrajectoryRequest request, Caller caller) {
        Trajectory trajectory = trajectories.create(request.title(), request.description(), request.organiser(),
                request.coalitionIds(), request.blueprint(), request.retentionMonths(), caller);
        return ResponseEntity.created(URI.create("/api/trajectories/" + trajectory.id()))
                .eTag(Versions.etag(trajectory.version())).body(view(trajectory));
    }

    @GetMapping
    @Operation(summary = "List trajectories", description = "Everyone signed in. Newest first, a page at a time;"
            + " optionally only those whose title contains a text (ignoring case) or that a coalition co-owns.")
    PageView<TrajectoryView> listTrajectories(
            @Parameter(description = "Only trajectories whose title contains this text, ignoring case",
                    example = "kwaliteitsborging")
            @RequestParam(required = false) @Size(max = 200) String title,
            @Parameter(description = "Only trajectories this coalition co-owns", example = "teams-aan-zet")
            @RequestParam(required = false) @Pattern(regexp = "[a-z0-9-]{1,100}") String coalition,
            Paging paging) {
        return trajectories.list(new TrajectoryFilter(title, coalition), paging.page(), paging.size())
                .map(this::view);
    }

    @GetMapping("/{id}")
    @Versioned
    @Operation(summary = "Get a trajectory", description = "Everyone signed in. The trajectory with its session"
            + " blueprint, sessions numbered from 1, and its version as ETag.")
    ResponseEntity<TrajectoryView> getTrajectory(@PathVariable UUID id) {
        return answer(trajectories.get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @Versioned
    @Operation(summary = "Revise a trajectory", description = "Organisers and admins. Replaces the title,"
            + " description, organiser, coalitions, blueprint and retentionMonths, checked as on creation; fields"
            + " left out are emptied, as with any PUT (retentionMonths left out is Koers's default). Cohorts keep"
            + " the sessions they already scheduled; the blueprint counts for sessions scheduled from now on; a new"
            + " retention period counts for every ended cohort whose data is still kept. Needs the ETag last read"
            + " as If-Match. The revision is written to the audit trail.")
    ResponseEntity<TrajectoryView> reviseTrajectory(@PathVariable UUID id,
            @Valid @RequestBody TrajectoryRequest request, Caller caller,
            @Parameter(required = true, description = "The trajectory's ETag as last read, or * to overwrite"
                    + " whatever is there")
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        // A trajectory that does not exist is a 404 before the request is asked which version it replaces (428).
        trajectories.get(id);
        return answer(trajectories.revise(id, Versions.requiredIfMatch(ifMatch, "trajectory"), request.title(),
                request.description(), request.organiser(), request.coalitionIds(), request.blueprint(),
                request.retentionMonths(), caller));
    }

    private ResponseEntity<TrajectoryView> answer(Trajectory trajectory) {
        return ResponseEntity.ok().eTag(Versions.etag(trajectory.version())).body(view(trajectory));
    }

    private TrajectoryView view(Trajectory trajectory) {
        return TrajectoryView.of(trajectory, trajectories.defaultRetentionMonths());
    }
}
