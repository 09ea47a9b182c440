package nl.koers.web.invitation;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.ServiceUnavailable;
import nl.koers.web.cohort.CohortModels.CohortOfTrajectory;
import nl.koers.web.cohort.Cohorts;
import nl.koers.web.layout.ProblemTexts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where an invitation mail's personal link leads ({@code /invitations/{token}}): after signing in (the link is
 * remembered through sign-in), which cohort it is for, whose name it carries, and one button, "Inschrijven". The
 * link itself enrols nobody: mail scanners open every link in a mail, and a visit must not take a seat. Enrolling
 * follows the usual rules (a seat or the waitlist, within the enrolment window) and ends on the participant's home
 * page with the usual message. An invitation that expired, was used by someone else or is unknown gets a page that
 * says what to do: ask the organiser for a new one.
 *
 * <p>The token is a secret: it goes to the API in a body, never in a query, the button posts it in the form rather
 * than in the address, these pages send no Referer (SecurityConfig) and nothing here logs it.
 */
@Controller
class InvitationController {

    /** enrolment-service's tokens are 32 random bytes in base64url; anything else is refused without asking it. */
    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,128}");

    /** What enrolment-service tells about an invitation before it is used. */
    record Invitation(UUID invitationId, UUID cohortId, String name, String status, Instant expiresAt) {
    }

    /** The enrolment an accepted invitation made (enrolment-service's EnrolmentView, the fields used here). */
    record Enrolment(UUID id, UUID cohortId, String status, Integer waitlistPosition) {
    }

    record Acceptance(UUID invitationId, UUID cohortId, Enrolment enrolment) {
    }

    /** What a page about an invitation can say: ready to enrol, or why not. */
    enum State { READY, UNKNOWN, EXPIRED, USED, NOT_A_PARTICIPANT }

    private final KoersApi api;
    private final Cohorts cohorts;
    private final ProblemTexts problems;

    InvitationController(KoersApi api, Cohorts cohorts, ProblemTexts problems) {
        this.api = api;
        this.cohorts = cohorts;
        this.problems = problems;
    }

    @GetMapping("/invitations/{token}")
    String invitation(@PathVariable String token, Model model, HttpServletResponse response) {
        if (!TOKEN.matcher(token).matches()) {
            return state(State.UNKNOWN, model, response);
        }
        Invitation invitation;
        try {
            invitation = api.post(Invitation.class, Map.of("token", token), "/api/invitations/lookup");
        } catch (ApiProblem problem) {
            return refused(problem, model, response);
        }
        if ("EXPIRED".equals(invitation.status())) {
            return state(State.EXPIRED, model, response);
        }
        if ("ACCEPTED".equals(invitation.status())) {
            return state(State.USED, model, response);
        }
        return ready(token, invitation, model);
    }

    @PostMapping("/invitations")
    String accept(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        if (!TOKEN.matcher(token).matches()) {
            return state(State.UNKNOWN, model, response);
        }
        try {
            Acceptance accepted = api.post(Acceptance.class, Map.of("token", token), "/api/invitations/acceptance");
            boolean waitlisted = accepted.enrolment() != null && "WAITLISTED".equals(accepted.enrolment().status());
            redirect.addFlashAttribute("flash", waitlisted ? "flash.enrolment.waitlisted" : "flash.enrolment.confirmed");
            return "redirect:/";
        } catch (ApiProblem problem) {
            if (problem.isNotFound() || problem.status() == 410 || problem.status() == 403
                    || "invitation-used".equals(problem.code())) {
                return refused(problem, model, response);
            }
            if (problem.status() >= 500) {
                throw problem;
            }
            // The usual enrolment rules said no (the window closed, say): the invitation stays usable, the page says why.
            model.addAttribute("refusal", problems.text(problem));
            response.setStatus(problem.status() == 409 ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_ENTITY.value());
            Invitation invitation = api.post(Invitation.class, Map.of("token", token), "/api/invitations/lookup");
            return ready(token, invitation, model);
        }
    }

    private String ready(String token, Invitation invitation, Model model) {
        model.addAttribute("state", State.READY);
        model.addAttribute("token", token);
        model.addAttribute("invitation", invitation);
        model.addAttribute("cohort", cohort(invitation.cohortId()));
        return "invitation/invitation";
    }

    /**
     * The cohort the invitation is for, as the participant pages read it. A cohort the invitee may not read yet,
     * or a trajectory-service that is away, leaves the page without its name rather than without the button.
     */
    private CohortOfTrajectory cohort(UUID cohortId) {
        if (cohortId == null) {
            return null;
        }
        try {
            return cohorts.get(cohortId);
        } catch (ApiProblem | ServiceUnavailable notNow) {
            return null;
        }
    }

    private String refused(ApiProblem problem, Model model, HttpServletResponse response) {
        if (problem.isNotFound()) {
            return state(State.UNKNOWN, model, response);
        }
        if (problem.status() == 410) {
            return state(State.EXPIRED, model, response);
        }
        if (problem.status() == 409) {
            return state(State.USED, model, response);
        }
        if (problem.status() == 403) {
            return state(State.NOT_A_PARTICIPANT, model, response);
        }
        throw problem;
    }

    private static String state(State state, Model model, HttpServletResponse response) {
        response.setStatus(switch (state) {
            case READY -> HttpStatus.OK.value();
            case UNKNOWN -> HttpStatus.NOT_FOUND.value();
            case EXPIRED -> HttpStatus.GONE.value();
            case USED -> HttpStatus.CONFLICT.value();
            case NOT_A_PARTICIPANT -> HttpStatus.FORBIDDEN.value();
        });
        model.addAttribute("state", state);
        return "invitation/invitation";
    }
}
