package nl.koers.web.organise;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Page;
import nl.koers.web.api.Part;
import nl.koers.web.api.Parts;
import nl.koers.web.layout.PageModel;
import nl.koers.web.organise.InvitationModels.Invitation;
import nl.koers.web.organise.InvitationModels.Upload;
import nl.koers.web.organise.OrganiseModels.Cohort;
import nl.koers.web.reflection.Pager;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Deelnemers uitnodigen": an organiser uploads a list of people for a cohort (a CSV file, as Excel saves it),
 * reads what Koers will do with each row (invite, skip because invited or enrolled already, or refuse for a problem
 * said beside the row), and only then sends the invitations, with a button that says how many. Below, the
 * invitations sent so far and what became of them. enrolment-service checks the list and sends nothing until it is
 * confirmed; confirming twice, or uploading the same list again, invites nobody twice.
 *
 * <p>Every step ends in a redirect (post, redirect, get), so reloading a page never uploads or sends again. A list
 * the service refuses as a whole (too large, empty, unreadable, a column missing) comes back as a sentence beside
 * the file field; so does a file too large for the web app itself, which never reaches the service.
 */
@Controller
class InvitationsController {

    static final String UPLOADS = "/api/invitations/uploads";
    static final int PER_PAGE = 25;
    /** The largest list enrolment-service takes (1 MiB); the page checks it before sending, where it can. */
    static final long MAX_BYTES = 1024 * 1024;
    /** The longest file name passed on: the API keeps it to show the list's name, nothing depends on more. */
    static final int MAX_FILE_NAME = 200;

    private static final ParameterizedTypeReference<Page<Invitation>> INVITATIONS = new ParameterizedTypeReference<>() { };

    /** The form's one field, for the error summary and the message beside it. */
    record UploadForm(String file) {
    }

    private final KoersApi api;
    private final OrganiseApi organise;
    private final Parts parts;

    InvitationsController(KoersApi api, OrganiseApi organise, Parts parts) {
        this.api = api;
        this.organise = organise;
        this.parts = parts;
    }

    @GetMapping("/organise/cohorts/{id}/invitations")
    String invitations(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
        return page(id, Math.clamp(page, 0, 100_000), form(), model);
    }

    @PostMapping("/organise/cohorts/{id}/invitations")
    String upload(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  HttpServletResponse response) {
        BindingResult binding = form();
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            binding.rejectValue("file", "invitations.file.required");
            return refused(id, binding, HttpStatus.UNPROCESSABLE_ENTITY, model, response);
        }
        try {
            Upload upload = api.postMultipart(Upload.class, parts(id, file), UPLOADS);
            return "redirect:/organise/cohorts/" + id + "/invitations/uploads/" + upload.id();
        } catch (ApiProblem problem) {
            InvitationListProblems.Message message = InvitationListProblems.of(problem);
            if (message == null) {
                throw problem;
            }
            binding.rejectValue("file", message.key(), message.arguments(), null);
            return refused(id, binding, problem.status() == 409 ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY,
                    model, response);
        }
    }

    /**
     * A file larger than the web app reads (spring.servlet.multipart): said beside the field like the API's own
     * "too large", on the page it was sent from. Multipart requests are read lazily, so this is raised once the
     * request is known to be this controller's, and the path's cohort is known. (Its CSRF check was skipped,
     * TooLargeToRead: nothing here acts on the request.)
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, Model model, HttpServletResponse response) {
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        UUID id = UUID.fromString(path.get("id"));
        BindingResult binding = form();
        binding.rejectValue("file", "invitations.file.tooLarge");
        PageModel.addTo(model, request);
        return refused(id, binding, HttpStatus.CONTENT_TOO_LARGE, model, response);
    }

    @GetMapping("/organise/cohorts/{id}/invitations/uploads/{upload}")
    String report(@PathVariable UUID id, @PathVariable UUID upload, @RequestParam(required = false) String only,
                  Model model) {
        Upload checked = api.get(Upload.class, UPLOADS + "/{id}", upload);
        if (!id.equals(checked.cohortId())) {
            // The list of another cohort, under this one's address: not a page that exists.
            throw new ApiProblem(404, "not-found", "", Map.of());
        }
        Cohort cohort = organise.cohort(id);
        var trajectory = parts.load(() -> organise.trajectory(cohort.trajectoryId()).value());
        boolean onlyProblems = "problems".equals(only);
        model.addAttribute("cohort", cohort);
        model.addAttribute("trajectory", trajectory.get().value());
        model.addAttribute("upload", checked);
        model.addAttribute("onlyProblems", onlyProblems);
        model.addAttribute("rows", onlyProblems ? checked.rejected() : checked.rows());
        return "organise/invitation-report";
    }

    @PostMapping("/organise/cohorts/{id}/invitations/uploads/{upload}/confirmation")
    String confirm(@PathVariable UUID id, @PathVariable UUID upload, RedirectAttributes redirect) {
        try {
            Upload confirmed = api.post(Upload.class, null, UPLOADS + "/{id}/confirmation", upload);
            int invited = confirmed.invited() == null ? 0 : confirmed.invited();
            if (invited == 0) {
                redirect.addFlashAttribute("flash", "invitations.flash.noneNew");
            } else {
                redirect.addFlashAttribute("flash", "invitations.flash.sent");
                redirect.addFlashAttribute("flashArguments", new Object[] {invited});
            }
            return "redirect:/organise/cohorts/" + id + "/invitations";
        } catch (ApiProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            // The cohort was completed or cancelled since the list was checked, or another organiser was changing its
            // invitations at that very moment.
            redirect.addFlashAttribute("flash", problem.code().contains("busy") ? "invitations.flash.busy"
                    : "invitations.flash.cohortClosed");
            return "redirect:/organise/cohorts/" + id + "/invitations/uploads/" + upload;
        }
    }

    private String refused(UUID id, BindingResult binding, HttpStatus status, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        return page(id, 0, binding, model);
    }

    private String page(UUID id, int page, BindingResult binding, Model model) {
        var invitations = parts.load(() -> unlessUnknown(() -> api.get(INVITATIONS,
                "/api/invitations?cohortId={id}&page={page}&size={size}", id, page, PER_PAGE)));
        Cohort cohort = organise.cohort(id);
        var trajectory = parts.load(() -> organise.trajectory(cohort.trajectoryId()).value());
        Part<Page<Invitation>> sent = invitations.get();
        model.addAttribute("cohort", cohort);
        model.addAttribute("trajectory", trajectory.get().value());
        model.addAttribute("form", binding.getTarget());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", binding);
        model.addAttribute("invitations", sent);
        model.addAttribute("maxBytes", MAX_BYTES);
        model.addAttribute("pager", sent.available() && sent.value() != null
                ? Pager.of(sent.value(), "/organise/cohorts/" + id + "/invitations", Map.of(), "page") : null);
        return "organise/invitations";
    }

    private static BindingResult form() {
        return new BeanPropertyBindingResult(new UploadForm(null), "form");
    }

    /** The file's own name, without the folders some browsers send with it. */
    static String fileName(String original) {
        if (original == null || original.isBlank()) {
            return "deelnemers.csv";
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1).strip();
        name = name.isEmpty() ? "deelnemers.csv" : name;
        return name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
    }

    /** The body of {@code POST /api/invitations/uploads}: the cohort, and the file as it came, under its own name. */
    private static MultiValueMap<String, Object> parts(UUID cohortId, MultipartFile file) {
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = fileName(file.getOriginalFilename());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("cohortId", cohortId.toString());
        parts.add("file", new HttpEntity<>(new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        }, headers));
        return parts;
    }

    /** No invitations yet for a cohort enrolment-service has not heard of: an empty list, not an error. */
    private static <T> T unlessUnknown(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (ApiProblem problem) {
            if (problem.isNotFound()) {
                return null;
            }
            throw problem;
        }
    }
}
