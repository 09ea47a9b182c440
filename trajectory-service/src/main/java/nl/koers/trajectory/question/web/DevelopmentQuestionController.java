package nl.koers.trajectory.question.web;

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
import nl.koers.trajectory.question.DevelopmentQuestion;
import nl.koers.trajectory.question.DevelopmentQuestionService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Participants' development questions. Reading follows the owner's visibility choice whatever the caller's
 * role: a question the caller may not read answers 404 on every endpoint, including the ones that change it.
 */
@RestController
@Tag(name = "Development questions", description = "A participant's own question, refined from session to session")
class DevelopmentQuestionController {

    private final DevelopmentQuestionService questions;

    DevelopmentQuestionController(DevelopmentQuestionService questions) {
        this.questions = questions;
    }

    @PostMapping("/api/development-questions")
    @PreAuthorize("hasRole('participant')")
    @Operation(summary = "Write down a development question (confirmed participants of the cohort)")
    ResponseEntity<QuestionView> log(@Valid @RequestBody LogQuestionRequest request,
                                     @Parameter(hidden = true) Caller caller) {
        DevelopmentQuestion question = questions.log(request.cohortId(), caller.id(), request.text(), request.scope(),
                request.visibility());
        return ResponseEntity.created(URI.create("/api/development-questions/" + question.id()))
                .body(QuestionView.full(question));
    }

    @GetMapping("/api/development-questions")
    @Operation(summary = "The development questions the caller may read, newest first, optionally of one cohort")
    PageView<QuestionView> list(@RequestParam(required = false) UUID cohortId,
                                @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size,
                                @Parameter(hidden = true) Caller caller) {
        return questions.list(caller.id(), cohortId, page, size).map(QuestionView::summary);
    }

    @GetMapping("/api/development-questions/{id}")
    @Operation(summary = "A development question with its full revision history")
    QuestionView get(@PathVariable UUID id, @Parameter(hidden = true) Caller caller) {
        return QuestionView.full(questions.get(id, caller.id()));
    }

    @PostMapping("/api/development-questions/{id}/revisions")
    @Operation(summary = "Refine the question (owner only); every revision is kept in order")
    ResponseEntity<QuestionView> refine(@PathVariable UUID id, @Valid @RequestBody RefineQuestionRequest request,
                                        @Parameter(hidden = true) Caller caller) {
        DevelopmentQuestion question = questions.refine(id, caller.id(), request.text(), request.scope(),
                request.sessionId(), request.note());
        return ResponseEntity.created(URI.create("/api/development-questions/" + id))
                .body(QuestionView.full(question));
    }

    @PatchMapping("/api/development-questions/{id}")
    @Operation(summary = "Change who may read the question and its stakeholder map (owner only)")
    QuestionView changeVisibility(@PathVariable UUID id, @Valid @RequestBody ChangeVisibilityRequest request,
                                  @Parameter(hidden = true) Caller caller) {
        return QuestionView.full(questions.changeVisibility(id, caller.id(), request.visibility()));
    }
}
