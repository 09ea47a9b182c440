package nl.koers.trajectory.question.web;

import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.Versioned;
import nl.koers.defaults.web.Versions;
import nl.koers.trajectory.question.StakeholderMap;
import nl.koers.trajectory.question.StakeholderMapService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
@Tag(name = "Stakeholder maps", description = "Who plays which role for a development question: each"
        + " stakeholder's influence and interest place them in a quadrant (manage closely, keep satisfied, keep"
        + " informed, monitor). Read by whoever may read the question, saved whole by its owner with If-Match.")
class StakeholderMapController {

    private final StakeholderMapService maps;

    StakeholderMapController(StakeholderMapService maps) {
        this.maps = maps;
    }

    @GetMapping("/api/development-questions/{id}/stakeholder-map")
    @Versioned
    @Operation(summary = "Get a question's stakeholder map", description = "Whoever may read the question. Each"
            + " stakeholder with their quadrant, who still needs to be involved and the count per quadrant; a map"
            + " never saved is empty at version 0. With its version as ETag, to send back when saving.")
    ResponseEntity<StakeholderMapView> getStakeholderMap(@PathVariable UUID id,
                                                         Caller caller) {
        return answer(maps.get(id, caller.id()));
    }

    @PutMapping("/api/development-questions/{id}/stakeholder-map")
    @Versioned
    @Operation(summary = "Save a question's stakeholder map", description = "The question's owner only (403 for"
            + " other readers). Replaces the whole map. If-Match is required (428 without it): the ETag you last"
            + " read (\"0\" for a map never saved), or * to overwrite whatever is there; a stale one is a 412.")
    ResponseEntity<StakeholderMapView> saveStakeholderMap(@PathVariable UUID id,
            @Valid @RequestBody SaveStakeholderMapRequest request,
            @Parameter(required = true, description = "The map's ETag as last read (\"0\" for a map never saved),"
                    + " or * to overwrite whatever is there")
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Caller caller) {
        // Who may save is answered (404, 403) before whether the request says which version it replaces (428).
        StakeholderMap current = maps.ownedMap(id, caller.id());
        Long expected = Versions.requiredIfMatch(ifMatch, "stakeholder-map");
        return answer(maps.save(id, caller.id(), expected != null ? expected : current.version(), request.list()));
    }

    private static ResponseEntity<StakeholderMapView> answer(StakeholderMap map) {
        return ResponseEntity.ok().eTag(Versions.etag(map.version())).body(StakeholderMapView.of(map));
    }
}
