package nl.koers.web.organise;

import java.util.List;
import java.util.UUID;
import nl.koers.web.api.Part;
import nl.koers.web.api.Parts;
import nl.koers.web.organise.OrganiseModels.Cohort;
import nl.koers.web.organise.OrganiseModels.Session;
import nl.koers.web.organise.OrganiseModels.Trajectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A cohort as its organiser runs it: status and dates, its seats, the steps its life cycle allows now (each
 * behind a confirmation), its sessions with what can be done to each, and the way to its roster, attendance
 * and report. The seats come from enrolment-service, the rest from trajectory-service; each part loads at the
 * same time and a service that is away blanks only its own part.
 */
@Controller
class CohortOverviewController {

    private final OrganiseApi organise;
    private final Parts parts;

    CohortOverviewController(OrganiseApi organise, Parts parts) {
        this.organise = organise;
        this.parts = parts;
    }

    @GetMapping("/organise/cohorts/{id}")
    String cohort(@PathVariable UUID id, Model model) {
        var sessions = parts.load(() -> organise.sessions(id));
        var seats = parts.load(() -> organise.seats(id));
        Cohort cohort = organise.cohort(id);
        var trajectory = parts.load(() -> organise.trajectory(cohort.trajectoryId()).value());
        Part<List<Session>> planned = sessions.get();
        Part<Trajectory> ofCohort = trajectory.get();
        model.addAttribute("cohort", cohort);
        model.addAttribute("trajectory", ofCohort.value());
        model.addAttribute("sessions", planned);
        model.addAttribute("seats", seats.get());
        model.addAttribute("steps", java.util.Arrays.stream(Lifecycle.values()).filter(s -> cohort.allows(s.action()))
                .map(Lifecycle::action).toList());
        // Planning from the blueprint is for a cohort without sessions whose trajectory has a blueprint.
        model.addAttribute("canPlanFromBlueprint", cohort.takesSessions() && planned.available()
                && planned.value().isEmpty() && ofCohort.available() && ofCohort.value().hasBlueprint());
        return "organise/cohort";
    }
}
