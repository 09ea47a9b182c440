package nl.koers.trajectory.question.web;

import java.net.URI;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.trajectory.question.DevelopmentQuestion;
import nl.koers.trajectory.question.DevelopmentQuestionService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Participants' development questions. Reading follows the owner's visibility choice whatever the caller's
 * role: a question the caller may not read answers 404 on every endpoint, including the ones that change it.
 */
@RestController
@Tag(name = "Development questions", description = "A participant's own question, refined from session to"
        + " session with every revision kept. Who may read it is the owner's choice (PRIVATE, FACILITATORS of the"
        + " cohort, or the whole COHORT), whatever the reader's role: a question you may not read is a 404.")
class DevelopmentQuestionController {

    private final DevelopmentQuestionService questions;

    DevelopmentQuestionController(DevelopmentQuestionService questions) {
        this.questions = questions;
    }

    @PostMapping("/api/development-questions")
    @PreAuthorize("hasRole('participant')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write down a development question", description = "Participants with a confirmed seat"
            + " in the cohort (409 otherwise). The question is theirs; they choose its scope and who may read it.")
    ResponseEntity<QuestionView> logDevelopmentQuestion(@Valid @RequestBody LogQuestionRequest request,
                                                        Caller caller) {
        DevelopmentQuestion question = questions.log(request.cohortId(), caller.id(), request.text(), request.scope(),
                request.visibility());
        return ResponseEntity.created(URI.create("/api/development-questions/" + question.id()))
                .body(QuestionView.full(question));
    }

    @GetMapping("/api/development-questions")
    @Operation(summary = "List the development questions you may read", description = "Everyone signed in."
            + " Newest first, optionally of one cohort, a page at a time; without their revision history"
            + " (revisions is null).")
    PageView<QuestionView> listDevelopmentQuestions(
            @Parameter(description = "Only the questions of this cohort")
            @RequestParam(required = false) UUID cohortId,
            Paging paging, Caller caller) {
        return questions.list(caller.id(), cohortId, paging.page(), paging.size()).map(QuestionView::summary);
    }

    @GetMapping("/api/development-questions/{id}")
    @Operation(summary = "Get a development question", description = "Whoever the owner lets read it. With its"
            + " full revision history in order.")
    QuestionView getDevelopmentQuestion(@PathVariable UUID id, Caller caller) {
        return QuestionView.full(questions.get(id, caller.id()));
    }

    @PostMapping("/api/development-questions/{id}/revisions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Refine a development question", description = "The owner only (403 for other readers)."
            + " Adds a revision with the new text and scope, optionally naming the session it came from; a"
            + " revision that changes nothing is a 422. Answers the question with every revision.")
    ResponseEntity<QuestionView> refineDevelopmentQuestion(@PathVariable UUID id,
            @Valid @RequestBody RefineQuestionRequest request, Caller caller) {
        DevelopmentQuestion question = questions.refine(id, caller.id(), request.text(), request.scope(),
                request.sessionId(), request.note());
        return ResponseEntity.created(URI.create("/api/development-questions/" + id))
                .body(QuestionView.full(question));
    }

    @PatchMapping("/api/development-questions/{id}")
    @Operation(summary = "Change who may read a development question", description = "The owner only (403 for"
            + " other readers). The choice covers the question's stakeholder map too.")
    QuestionView changeDevelopmentQuestionVisibility(@PathVariable UUID id,
            @Valid @RequestBody ChangeVisibilityRequest request, Caller caller) {
        return QuestionView.full(questions.changeVisibility(id, caller.id(), request.visibility()));
    }
}
