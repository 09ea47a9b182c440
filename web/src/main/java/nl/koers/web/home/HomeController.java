package nl.koers.web.home;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Page;
import nl.koers.web.api.Part;
import nl.koers.web.api.Parts;
import nl.koers.web.cohort.MyCohorts.MyCohort;
import nl.koers.web.home.HomeModels.Enrolment;
import nl.koers.web.home.HomeModels.MyEnrolment;
import nl.koers.web.home.HomeModels.Offer;
import nl.koers.web.home.HomeModels.OpenCohort;
import nl.koers.web.home.HomeModels.Seats;
import nl.koers.web.home.HomeModels.Trajectory;
import nl.koers.web.home.HomeModels.UpcomingSession;
import nl.koers.web.layout.PageModel.Me;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The first page after signing in: my enrolments (with my place on a waitlist), the cohorts I can still enrol
 * in with their seats, my cohorts as a facilitator, and my next sessions; for an organiser the newest
 * trajectories and the way to all of them, for a coalition member the way to their coalitions' reports (from
 * the ID token, no API call). Its parts come from two services and load at the same time; a service that is
 * away blanks only its own parts. Roles only choose which parts are asked for: what they hold is the API's.
 */
@Controller
class HomeController {

    private static final ParameterizedTypeReference<Page<Enrolment>> ENROLMENTS = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Page<MyCohort>> MY_COHORTS = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Page<OpenCohort>> OPEN_COHORTS = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Page<Seats>> SEATS = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Page<UpcomingSession>> UPCOMING = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Page<Trajectory>> TRAJECTORIES = new ParameterizedTypeReference<>() { };

    private final KoersApi api;
    private final Parts parts;

    HomeController(KoersApi api, Parts parts) {
        this.api = api;
        this.parts = parts;
    }

    /** Open cohorts shown per page of the catalogue; the rest are a "next page" away. */
    static final int OFFERS_PER_PAGE = 12;

    /** The newest trajectories an organiser's home lists; the rest are on the trajectories page. */
    static final int RECENT_TRAJECTORIES = 5;

    @GetMapping("/")
    String home(@RequestParam(name = "page", defaultValue = "0") int page, Model model,
                @ModelAttribute("me") Me me) {
        if (me.organiser()) {
            model.addAttribute("trajectories", parts.load(() -> api.get(TRAJECTORIES, "/api/trajectories?size={size}",
                    RECENT_TRAJECTORIES)).get());
        }
        // The parts of a participant's and a facilitator's home are asked for only by those who see them.
        if (!me.participant() && !me.facilitator()) {
            return "home/home";
        }
        int offersPage = Math.clamp(page, 0, 100_000);
        var enrolments = parts.load(() -> api.get(ENROLMENTS, "/api/enrolments/mine?size=100"));
        var cohorts = parts.load(() -> api.get(MY_COHORTS, "/api/cohorts/mine?size=100"));
        var open = parts.load(() -> api.get(OPEN_COHORTS, "/api/cohorts/open?size={size}&page={page}",
                OFFERS_PER_PAGE, offersPage));
        var upcoming = parts.load(() -> api.get(UPCOMING, "/api/sessions/upcoming?limit=5").items());

        Part<Page<OpenCohort>> openCohorts = open.get();
        Part<List<Seats>> seats = openCohorts.available() && !openCohorts.value().items().isEmpty()
                ? parts.load(() -> api.get(SEATS, seatsUri(openCohorts.value().items())).items()).get()
                : Part.of(List.of());
        Part<Page<Enrolment>> mine = enrolments.get();
        Part<Page<MyCohort>> myCohorts = cohorts.get();

        model.addAttribute("enrolments", mine.available() ? Part.of(withCohorts(mine.value().items(), myCohorts, openCohorts)) : Part.missing());
        model.addAttribute("facilitating", myCohorts.available()
                ? Part.of(myCohorts.value().items().stream().filter(c -> "FACILITATOR".equals(c.myRole())).toList())
                : Part.missing());
        model.addAttribute("offers", openCohorts.available() ? Part.of(offers(openCohorts.value().items(), seats, mine)) : Part.missing());
        model.addAttribute("seatsUnavailable", seats.unavailable());
        model.addAttribute("offersPage", openCohorts.available() ? openCohorts.value() : null);
        model.addAttribute("upcoming", upcoming.get());
        return "home/home";
    }

    private static String seatsUri(List<OpenCohort> cohorts) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/enrolments/seats");
        cohorts.forEach(c -> uri.queryParam("cohortId", c.id()));
        return uri.build().toUriString();
    }

    private static List<MyEnrolment> withCohorts(List<Enrolment> enrolments, Part<Page<MyCohort>> mine, Part<Page<OpenCohort>> open) {
        Map<UUID, MyCohort> cohorts = new HashMap<>();
        if (open.available()) {
            open.value().items().forEach(c -> cohorts.put(c.id(), new MyCohort(c.id(), c.trajectoryId(), c.trajectoryTitle(), c.organiser(),
                    c.name(), c.startsOn(), c.endsOn(), c.status(), "PARTICIPANT", null)));
        }
        if (mine.available()) {
            mine.value().items().forEach(c -> cohorts.put(c.id(), c));
        }
        List<MyEnrolment> result = new ArrayList<>(enrolments.stream()
                .map(e -> new MyEnrolment(e, cohorts.get(e.cohortId()))).toList());
        // Active places first, then the rest, each newest first as the API gives them.
        result.sort(Comparator.comparing((MyEnrolment e) -> !e.enrolment().active()));
        return result;
    }

    private static List<Offer> offers(List<OpenCohort> cohorts, Part<List<Seats>> seats, Part<Page<Enrolment>> mine) {
        Map<UUID, Seats> byCohort = seats.available()
                ? seats.value().stream().collect(Collectors.toMap(Seats::cohortId, Function.identity(), (a, b) -> a))
                : Map.of();
        Set<UUID> enrolled = mine.available()
                ? mine.value().items().stream().filter(Enrolment::active).map(Enrolment::cohortId).collect(Collectors.toSet())
                : Set.of();
        return cohorts.stream().map(c -> new Offer(c, byCohort.get(c.id()), enrolled.contains(c.id()))).toList();
    }
}
