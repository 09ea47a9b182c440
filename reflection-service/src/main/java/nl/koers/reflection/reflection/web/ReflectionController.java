package nl.koers.reflection.reflection.web;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.reflection.reflection.Reflection;
import nl.koers.reflection.reflection.ReflectionService;
import nl.koers.reflection.web.IfMatch;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Participants' reflections. Answers carry the version as ETag; PUT and DELETE with If-Match are refused
 * with 412 when the reflection moved on. Without If-Match they apply to the current version (last writer
 * wins). A reflection the caller may not read is 404; one they may read but do not own is 403 to change.
 */
@RestController
@RequestMapping("/api/reflections")
@Tag(name = "Reflections", description = "A participant's own text after a session, shared as they choose")
class ReflectionController {

    private final ReflectionService reflections;

    ReflectionController(ReflectionService reflections) {
        this.reflections = reflections;
    }

    @PostMapping
    @Operation(summary = "Write a reflection (confirmed participants of the cohort only)")
    ResponseEntity<ReflectionView> write(@Valid @RequestBody ReflectionRequest request,
                                         @Parameter(hidden = true) Caller caller) {
        Reflection reflection = reflections.write(caller.id(), request.cohortId(), request.content());
        return ResponseEntity.created(URI.create("/api/reflections/" + reflection.id()))
                .eTag(IfMatch.etag(reflection.version())).body(ReflectionView.of(reflection));
    }

    @GetMapping
    @Operation(summary = "Reflections you may read in a cohort, newest first; without cohortId your own everywhere")
    PageView<ReflectionView> list(@RequestParam(required = false) UUID cohortId,
                                  @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                  @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size,
                                  @Parameter(hidden = true) Caller caller) {
        return reflections.list(caller.id(), Optional.ofNullable(cohortId), page, size).map(ReflectionView::of);
    }

    @GetMapping("/counts")
    @PreAuthorize("hasAnyRole('organiser','admin','facilitator')")
    @Operation(summary = "How many reflections a cohort has, by visibility (organisers and its facilitators; no text)")
    ReflectionCountsView counts(@RequestParam UUID cohortId, @Parameter(hidden = true) Caller caller) {
        return ReflectionCountsView.of(cohortId, reflections.counts(caller.id(), caller.manages(), cohortId));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One reflection you may read")
    ResponseEntity<ReflectionView> get(@PathVariable UUID id, @Parameter(hidden = true) Caller caller) {
        Reflection reflection = reflections.get(caller.id(), id);
        return ResponseEntity.ok().eTag(IfMatch.etag(reflection.version())).body(ReflectionView.of(reflection));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise your reflection; If-Match: the version you read (412 if it moved on)."
            + " Without If-Match the current version is revised.")
    ResponseEntity<ReflectionView> revise(@PathVariable UUID id, @Valid @RequestBody RevisionRequest request,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @Parameter(hidden = true) Caller caller) {
        Reflection reflection = reflections.revise(caller.id(), id, IfMatch.version(ifMatch, "reflection"),
                request.content());
        return ResponseEntity.ok().eTag(IfMatch.etag(reflection.version())).body(ReflectionView.of(reflection));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete your reflection; If-Match as for PUT")
    ResponseEntity<Void> delete(@PathVariable UUID id,
                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                @Parameter(hidden = true) Caller caller) {
        reflections.delete(caller.id(), id, IfMatch.version(ifMatch, "reflection"));
        return ResponseEntity.noContent().build();
    }
}
