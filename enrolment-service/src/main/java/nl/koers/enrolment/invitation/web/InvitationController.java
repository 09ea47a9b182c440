package nl.koers.enrolment.invitation.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.defaults.web.AlsoAnswers;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.enrolment.enrolment.web.EnrolmentView;
import nl.koers.enrolment.invitation.InvitationCsv;
import nl.koers.enrolment.invitation.InvitationService;
import nl.koers.enrolment.invitation.InvitationUpload;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/invitations")
@Tag(name = "Invitations", description = "Inviting people to a cohort from a list. An organiser uploads a CSV, reads"
        + " the report of every row and confirms; each new address then gets an e-mail (sent by notification-service)"
        + " with a personal link. Following it, the invitee signs in and enrols with one click, by the usual rules. An"
        + " address is invited once per cohort, whatever its case and however often it is uploaded.")
class InvitationController {

    private static final int MAX_FILE_NAME = 255;

    private final InvitationService invitations;
    private final Clock clock;

    InvitationController(InvitationService invitations, Clock clock) {
        this.invitations = invitations;
        this.clock = clock;
    }

    @PostMapping(path = "/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('organiser', 'admin')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload an invitation list", description = "Organisers and admins only. multipart/form-data"
            + " with `cohortId` and `file`: a CSV of at most 1 MB and 500 data rows, UTF-8 with or without BOM"
            + " (Excel's \"CSV UTF-8\"), `;` or `,` separated (as its header line is), Excel quoting. Header names"
            + " in Dutch or English, any case, any order: naam/name, e-mail/email/e-mailadres,"
            + " instelling/institution, sector (PO, VO, MBO, HBO) and optionally functie/function. Nothing is sent:"
            + " answers 201 with the report of every row (INVITE, ALREADY_INVITED, ALREADY_ENROLLED or REJECTED with"
            + " its problems). A file that cannot be read as a whole (empty, no header, a column missing, not UTF-8,"
            + " broken quoting, a header with nobody under it) is 400 with `errors` naming what is wrong; over 1 MB or"
            + " over 500 rows 413; an unknown cohort 404; a completed or cancelled one 409.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                            schema = @Schema(implementation = UploadForm.class))))
    ResponseEntity<UploadView> uploadInvitationList(
            // Hidden here: the form above describes both fields, as a browser sends them.
            @Parameter(hidden = true) @RequestParam UUID cohortId,
            @Parameter(hidden = true) @RequestPart("file") MultipartFile file, Caller caller) {
        InvitationUpload upload = invitations.upload(caller, cohortId, fileName(file), bytes(file));
        return ResponseEntity.created(URI.create("/api/invitations/uploads/" + upload.id()))
                .body(UploadView.of(upload, null));
    }

    @GetMapping("/uploads/{id}")
    @PreAuthorize("hasAnyRole('organiser', 'admin')")
    @Operation(summary = "Get an uploaded invitation list", description = "Organisers and admins only: the list's"
            + " row report and whether it was confirmed. 404 when unknown.")
    UploadView getInvitationUpload(@Parameter(description = "The upload's id") @PathVariable UUID id) {
        return UploadView.of(invitations.upload(id), null);
    }

    @PostMapping("/uploads/{id}/confirmation")
    @PreAuthorize("hasAnyRole('organiser', 'admin')")
    @Operation(summary = "Confirm an invitation list", description = "Organisers and admins only. Invites the rows"
            + " that are INVITE and whose address nobody invited to the cohort since; answers the CONFIRMED list with"
            + " `invited`, the number this call invited. Confirming again invites nobody (200, invited 0). 409 when"
            + " the cohort was completed or cancelled since the upload (`cohort-not-inviting`), or its enrolment"
            + " closed (`enrolment-window-passed`: every link would be dead on arrival).")
    UploadView confirmInvitationUpload(@Parameter(description = "The upload's id") @PathVariable UUID id,
                                       Caller caller) {
        InvitationService.Confirmation confirmation = invitations.confirm(caller, id);
        return UploadView.of(confirmation.upload(), confirmation.invited());
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('organiser', 'admin')")
    @Operation(summary = "List a cohort's invitations", description = "Organisers and admins only: who was invited,"
            + " in the order they were, and whether they accepted. 404 while this service has not heard of the"
            + " cohort.")
    PageView<InvitationView> listInvitations(
            @Parameter(description = "The cohort whose invitations to list") @RequestParam UUID cohortId,
            Paging paging) {
        return invitations.ofCohort(cohortId, paging).map(i -> InvitationView.of(i, clock.instant()));
    }

    @PostMapping("/lookup")
    @AlsoAnswers(404)
    @PreAuthorize("hasRole('participant')")
    @Operation(summary = "Look up an invitation", description = "Participants only, signed in through the link: which"
            + " cohort the invitation is for, the name on it and whether it can still be used. The token travels in"
            + " the body so that it stays out of access logs. 404 for an unknown token.")
    LookupView lookUpInvitation(@Valid @RequestBody TokenRequest request) {
        return LookupView.of(invitations.lookUp(request.token()), clock.instant());
    }

    @PostMapping("/acceptance")
    @AlsoAnswers({404, 410})
    @PreAuthorize("hasRole('participant')")
    @Operation(summary = "Accept an invitation", description = "Participants only. Enrols the caller in the"
            + " invitation's cohort by the rules of POST /api/enrolments (and with its problems, such as enrolment"
            + " closed; the invitation then stays usable), after filling in their profile from the list when they"
            + " have none yet. 201 with the enrolment; 200 when the caller accepted it before; 409 `invitation-used`"
            + " when someone else did; 410 when it expired; 404 for an unknown token.",
            responses = {
                    @ApiResponse(responseCode = "201", description = "Enrolled through the invitation just now."),
                    @ApiResponse(responseCode = "200", description = "The caller accepted this invitation before:"
                            + " its enrolment as it is now.")})
    ResponseEntity<AcceptanceView> acceptInvitation(@Valid @RequestBody TokenRequest request, Caller caller) {
        InvitationService.Acceptance acceptance = invitations.accept(caller, request.token());
        AcceptanceView view = new AcceptanceView(acceptance.invitation().id(), acceptance.invitation().cohortId(),
                EnrolmentView.of(acceptance.enrolment()));
        return acceptance.created()
                ? ResponseEntity.created(URI.create("/api/enrolments/" + view.enrolment().id())).body(view)
                : ResponseEntity.ok(view);
    }

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "list.csv";
        }
        // Some browsers send the whole path; only the name means something to the organiser.
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return last.length() <= MAX_FILE_NAME ? last : last.substring(0, MAX_FILE_NAME);
    }

    /** Reads at most one byte past the limit, so an oversized part is refused without holding all of it. */
    private static byte[] bytes(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            byte[] bytes = in.readNBytes((int) InvitationCsv.MAX_BYTES + 1);
            if (bytes.length > InvitationCsv.MAX_BYTES) {
                throw InvitationCsv.tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
