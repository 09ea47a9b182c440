package nl.koers.web.reflection.intervention;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Page;
import nl.koers.web.api.Part;
import nl.koers.web.api.Parts;
import nl.koers.web.cohort.MyCohorts.MyCohort;
import nl.koers.web.cohort.MyCohorts;
import nl.koers.web.reflection.CohortFacts.CohortHeader;
import nl.koers.web.reflection.CohortFacts;
import nl.koers.web.reflection.Pager;
import nl.koers.web.reflection.casus.CaseModels.Case;
import nl.koers.web.reflection.intervention.InterventionModels.Intervention;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * My cases and interventions and those shared with me: in one cohort (paged), or in each cohort I take part
 * in. reflection-service lists what I may read per cohort (its lists need a cohort), so the page without a
 * cohort asks once per cohort, at the same time; each cohort's lists that cannot be loaded say so in place.
 */
@Controller
class InterventionsController {

    static final int PAGE_SIZE = 20;

    private static final ParameterizedTypeReference<Page<Case>> CASES = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Page<Intervention>> INTERVENTIONS = new ParameterizedTypeReference<>() { };

    private final KoersApi api;
    private final CohortFacts cohorts;
    private final MyCohorts myCohorts;
    private final Parts parts;

    InterventionsController(KoersApi api, CohortFacts cohorts, MyCohorts myCohorts, Parts parts) {
        this.api = api;
        this.cohorts = cohorts;
        this.myCohorts = myCohorts;
        this.parts = parts;
    }

    /** One cohort's cases and interventions, each list with its own pages. */
    record CohortLists(UUID cohortId, String name, String trajectoryTitle, Part<Page<Case>> cases,
                       Part<Page<Intervention>> interventions, Pager casesPager, Pager interventionsPager) {
    }

    /** One cohort's lists on their way. */
    private record Loading(MyCohort cohort, Parts.Loading<Page<Case>> cases, Parts.Loading<Page<Intervention>> interventions) {
    }

    @GetMapping("/interventions")
    String interventions(@RequestParam(required = false) UUID cohortId, @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "0") int casesPage, Model model) {
        model.addAttribute("cohortId", cohortId);
        if (cohortId != null) {
            int interventionsAt = Math.max(page, 0);
            int casesAt = Math.max(casesPage, 0);
            var header = parts.load(() -> cohorts.header(cohortId));
            var cases = parts.load(() -> api.get(CASES, "/api/cases?cohortId={id}&page={page}&size={size}",
                    cohortId, casesAt, PAGE_SIZE));
            var interventions = parts.load(() -> api.get(INTERVENTIONS, "/api/interventions?cohortId={id}&page={page}&size={size}",
                    cohortId, interventionsAt, PAGE_SIZE));
            Part<CohortHeader> cohort = header.get();
            Part<Page<Case>> loadedCases = cases.get();
            Part<Page<Intervention>> loadedInterventions = interventions.get();
            Map<String, Object> keepCases = new LinkedHashMap<>();
            keepCases.put("cohortId", cohortId);
            keepCases.put("page", interventionsAt == 0 ? null : interventionsAt);
            Map<String, Object> keepInterventions = new LinkedHashMap<>();
            keepInterventions.put("cohortId", cohortId);
            keepInterventions.put("casesPage", casesAt == 0 ? null : casesAt);
            model.addAttribute("cohort", cohort);
            model.addAttribute("lists", List.of(new CohortLists(cohortId,
                    cohort.available() ? cohort.value().name() : null,
                    cohort.available() ? cohort.value().trajectoryTitle() : null, loadedCases, loadedInterventions,
                    loadedCases.available() ? Pager.of(loadedCases.value(), "/interventions", keepCases, "casesPage") : null,
                    loadedInterventions.available()
                            ? Pager.of(loadedInterventions.value(), "/interventions", keepInterventions, "page") : null)));
            return "reflection/intervention/list";
        }
        Part<List<MyCohort>> mine = parts.load(myCohorts::writable).get();
        model.addAttribute("myCohorts", mine);
        if (mine.available()) {
            List<Loading> loads = mine.value().stream().map(c -> new Loading(c,
                    parts.load(() -> api.get(CASES, "/api/cases?cohortId={id}&size={size}", c.id(), PAGE_SIZE)),
                    parts.load(() -> api.get(INTERVENTIONS, "/api/interventions?cohortId={id}&size={size}", c.id(), PAGE_SIZE))))
                    .toList();
            model.addAttribute("lists", loads.stream().map(l -> new CohortLists(l.cohort().id(), l.cohort().name(),
                    l.cohort().trajectoryTitle(), l.cases().get(), l.interventions().get(), null, null)).toList());
        } else {
            model.addAttribute("lists", List.of());
        }
        return "reflection/intervention/list";
    }
}
