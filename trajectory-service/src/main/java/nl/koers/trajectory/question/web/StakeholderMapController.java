package nl.koers.trajectory.question.web;

import java.net.URI;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.defaults.problem.PreconditionFailed;
import nl.koers.defaults.web.Caller;
import nl.koers.trajectory.question.StakeholderMap;
import nl.koers.trajectory.question.StakeholderMapService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stakeholder map of a development question, read by whoever may read the question and saved whole by
 * its owner. Saving needs If-Match with the ETag last read ({@code "0"} for a map never saved, as a GET
 * shows): without it the answer is 428 Precondition Required, so that two tabs or devices never overwrite
 * each other's map unnoticed; with a stale one it is 412. {@code If-Match: *} overwrites whatever is there.
 */
@RestController
@Tag(name = "Stakeholder maps", description = "Who plays which role for a development question")
class StakeholderMapController {

    private final StakeholderMapService maps;

    StakeholderMapController(StakeholderMapService maps) {
        this.maps = maps;
    }

    @GetMapping("/api/development-questions/{id}/stakeholder-map")
    @Operation(summary = "The question's stakeholder map with quadrants and who still needs to be involved")
    ResponseEntity<StakeholderMapView> get(@PathVariable UUID id, @Parameter(hidden = true) Caller caller) {
        return answer(maps.get(id, caller.id()));
    }

    @PutMapping("/api/development-questions/{id}/stakeholder-map")
    @Operation(summary = "Save the whole stakeholder map (owner only; If-Match required)")
    ResponseEntity<StakeholderMapView> save(@PathVariable UUID id,
            @Valid @RequestBody SaveStakeholderMapRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Parameter(hidden = true) Caller caller) {
        long expected = expectedVersion(ifMatch, maps.ownedMap(id, caller.id()).version());
        return answer(maps.save(id, caller.id(), expected, request.list()));
    }

    private static ResponseEntity<StakeholderMapView> answer(StakeholderMap map) {
        return ResponseEntity.ok().eTag("\"" + map.version() + "\"").body(StakeholderMapView.of(map));
    }

    private static long expectedVersion(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED,
                    "Saving a stakeholder map needs an If-Match header with the ETag you last read "
                            + "(\"0\" for a map never saved).");
            problem.setType(URI.create("urn:koers:problem:if-match-required"));
            problem.setTitle("If-Match required");
            throw new ErrorResponseException(HttpStatus.PRECONDITION_REQUIRED, problem, null);
        }
        if (ifMatch.strip().equals("*")) {
            return current;
        }
        try {
            return Long.parseLong(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new PreconditionFailed("stakeholder-map-version-mismatch", "Stakeholder map changed",
                    "If-Match " + ifMatch + " is not a version of this stakeholder map; fetch it again.");
        }
    }
}
