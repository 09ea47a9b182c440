package nl.koers.web.organise;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Page;
import nl.koers.web.api.Part;
import nl.koers.web.api.Parts;
import nl.koers.web.organise.OrganiseModels.EvaluationItems;
import nl.koers.web.organise.OrganiseModels.Instrument;
import nl.koers.web.organise.OrganiseModels.Trajectory;
import nl.koers.web.reflection.Pager;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organiser's way in: the trajectories, newest first, searchable by title and a page at a time; and one
 * trajectory's overview with its blueprint, its evaluation items and its cohorts. The overview's parts come
 * from two services and load at the same time; a service that is away blanks only its own part.
 */
@Controller
class TrajectoriesController {

    static final int PER_PAGE = 20;
    /** trajectory-service takes a title filter of at most 200 characters. */
    static final int MAX_QUERY = 200;

    private final OrganiseApi organise;
    private final KoersApi api;
    private final Parts parts;

    TrajectoriesController(OrganiseApi organise, KoersApi api, Parts parts) {
        this.organise = organise;
        this.api = api;
        this.parts = parts;
    }

    @GetMapping("/organise")
    String list(@RequestParam(name = "q", required = false) String query,
                @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        String q = query == null || query.isBlank() ? null : abbreviate(query.strip());
        int at = Math.clamp(page, 0, 100_000);
        Page<Trajectory> trajectories = organise.trajectories(q, at, PER_PAGE);
        Map<String, Object> keep = new LinkedHashMap<>();
        keep.put("q", q);
        model.addAttribute("q", q);
        model.addAttribute("trajectories", trajectories);
        model.addAttribute("pager", Pager.of(trajectories, "/organise", keep, "page"));
        return "organise/trajectories";
    }

    @GetMapping("/organise/trajectories/{id}")
    String trajectory(@PathVariable UUID id, Model model) {
        var cohorts = parts.load(() -> organise.cohortsOf(id));
        var instruments = parts.load(organise::instruments);
        var evaluation = parts.load(() -> api.get(EvaluationItems.class, "/api/evaluations/items/{id}", id));
        Trajectory trajectory = organise.trajectory(id).value();
        model.addAttribute("trajectory", trajectory);
        model.addAttribute("cohorts", cohorts.get());
        model.addAttribute("instrumentNames", names(instruments.get()));
        model.addAttribute("evaluation", evaluation.get());
        return "organise/trajectory";
    }

    /** Instrument id to title; empty when they cannot be read (the page then says "an instrument"). */
    static Map<UUID, String> names(Part<List<Instrument>> instruments) {
        Map<UUID, String> names = new HashMap<>();
        if (instruments.available()) {
            instruments.value().forEach(i -> names.put(i.id(), i.title()));
        }
        return names;
    }

    private static String abbreviate(String query) {
        return query.length() <= MAX_QUERY ? query : query.substring(0, MAX_QUERY);
    }
}
