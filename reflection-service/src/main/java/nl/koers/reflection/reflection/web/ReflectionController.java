package nl.koers.reflection.reflection.web;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.defaults.web.Versioned;
import nl.koers.defaults.web.Versions;
import nl.koers.reflection.reflection.Reflection;
import nl.koers.reflection.reflection.ReflectionService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Participants' reflections. Answers carry the version as ETag; PUT and DELETE with If-Match are refused
 * with 412 when the reflection moved on. Without If-Match they apply to the current version (last writer
 * wins). A reflection the caller may not read is 404; one they may read but do not own is 403 to change.
 */
@RestController
@RequestMapping("/api/reflections")
@Tag(name = "Reflections", description = "A participant's own text after a session, optionally answering the"
        + " session's prompts. Private to its author unless they share it with the cohort's facilitators or with the"
        + " whole cohort; organisers and the cohort's facilitators can count a cohort's reflections, never read"
        + " what is not shared with them.")
class ReflectionController {

    private static final String IF_MATCH = "The ETag of the reflection as you last read it: the change is refused"
            + " with 412 when it moved on since. Without it, the current version is changed.";

    private final ReflectionService reflections;

    ReflectionController(ReflectionService reflections) {
        this.reflections = reflections;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Versioned
    @Operation(summary = "Write a reflection", description = "Confirmed participants of the cohort only (also once"
            + " it completed); 403 for anyone else, also while their enrolment has not reached this service yet."
            + " With a sessionId the reflection is about that session of the cohort and may answer its prompts, by"
            + " prompt key; a session or prompt that is not the cohort's is 422. Answers the new reflection, at"
            + " version 1.")
    ResponseEntity<ReflectionView> writeReflection(@Valid @RequestBody ReflectionRequest request, Caller caller) {
        Reflection reflection = reflections.write(caller.id(), request.cohortId(), request.content());
        return ResponseEntity.created(URI.create("/api/reflections/" + reflection.id()))
                .eTag(Versions.etag(reflection.version())).body(ReflectionView.of(reflection));
    }

    @GetMapping
    @Operation(summary = "List reflections you may read", description = "Any signed-in user. With cohortId: the"
            + " cohort's reflections you may read (your own, and those shared with you as its facilitator or"
            + " confirmed participant); without: your own reflections in every cohort. Newest first.")
    PageView<ReflectionView> listReflections(
            @Parameter(description = "The cohort whose reflections to list; your own everywhere when absent")
            @RequestParam(required = false) @Nullable UUID cohortId,
            Paging paging, Caller caller) {
        return reflections.list(caller.id(), Optional.ofNullable(cohortId), paging).map(ReflectionView::of);
    }

    @GetMapping("/counts")
    @PreAuthorize("hasAnyRole('organiser','admin','facilitator')")
    @Operation(summary = "Count a cohort's reflections", description = "Organisers, admins and the cohort's own"
            + " facilitators: how many reflections the cohort has, in total and by visibility; never any text."
            + " Another facilitator gets 404, a participant 403.")
    ReflectionCountsView countCohortReflections(
            @Parameter(description = "The cohort whose reflections to count") @RequestParam UUID cohortId,
            Caller caller) {
        return ReflectionCountsView.of(cohortId, reflections.counts(caller.id(), caller.manages(), cohortId));
    }

    @GetMapping("/{id}")
    @Versioned
    @Operation(summary = "Get one reflection", description = "Its author, and whoever it is shared with: the"
            + " cohort's facilitators (FACILITATORS, COHORT) and its confirmed participants (COHORT). Anyone else"
            + " gets 404, as if it did not exist.")
    ResponseEntity<ReflectionView> getReflection(
            @Parameter(description = "The reflection's id") @PathVariable UUID id, Caller caller) {
        Reflection reflection = reflections.get(caller.id(), id);
        return ResponseEntity.ok().eTag(Versions.etag(reflection.version())).body(ReflectionView.of(reflection));
    }

    @PutMapping("/{id}")
    @Versioned
    @Operation(summary = "Revise your reflection", description = "Its author only, while a confirmed participant"
            + " of the cohort (403 otherwise). Replaces text, session, prompt answers and visibility whole; the"
            + " cohort stays. Answers the reflection at its next version.")
    ResponseEntity<ReflectionView> reviseReflection(
            @Parameter(description = "The reflection's id") @PathVariable UUID id,
            @Valid @RequestBody RevisionRequest request,
            @Parameter(description = IF_MATCH)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Caller caller) {
        Reflection reflection = reflections.revise(caller.id(), id, Versions.ifMatch(ifMatch, "reflection"),
                request.content());
        return ResponseEntity.ok().eTag(Versions.etag(reflection.version())).body(ReflectionView.of(reflection));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete your reflection", description = "Its author only, also after withdrawing from the"
            + " cohort: it is their personal data. The reflection is erased at once, with nothing kept.")
    ResponseEntity<Void> deleteReflection(
            @Parameter(description = "The reflection's id") @PathVariable UUID id,
            @Parameter(description = IF_MATCH)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Caller caller) {
        reflections.delete(caller.id(), id, Versions.ifMatch(ifMatch, "reflection"));
        return ResponseEntity.noContent().build();
    }
}
