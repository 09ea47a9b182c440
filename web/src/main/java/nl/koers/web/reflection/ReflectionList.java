package nl.koers.web.reflection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Page;
import nl.koers.web.api.Part;
import nl.koers.web.api.Parts;
import nl.koers.web.cohort.MyCohorts.MyCohort;
import nl.koers.web.cohort.MyCohorts;
import nl.koers.web.reflection.CohortFacts.CohortHeader;
import nl.koers.web.reflection.CohortFacts.CohortSession;
import nl.koers.web.reflection.ReflectionModels.CohortGroup;
import nl.koers.web.reflection.ReflectionModels.Reflection;
import nl.koers.web.reflection.ReflectionModels.SessionGroup;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The list of reflections, by session: in one cohort what reflection-service lets me read there (mine and
 * what others shared with the group), or without a cohort my own everywhere, grouped by cohort. The names of
 * cohorts and sessions come from trajectory-service; when it is away the reflections still show.
 */
@Component
class ReflectionList {

    static final int PAGE_SIZE = 20;

    private static final ParameterizedTypeReference<Page<Reflection>> REFLECTIONS = new ParameterizedTypeReference<>() { };

    private final KoersApi api;
    private final CohortFacts cohorts;
    private final MyCohorts myCohorts;
    private final Parts parts;

    ReflectionList(KoersApi api, CohortFacts cohorts, MyCohorts myCohorts, Parts parts) {
        this.api = api;
        this.cohorts = cohorts;
        this.myCohorts = myCohorts;
        this.parts = parts;
    }

    void load(UUID cohortId, int page, Model model) {
        if (cohortId == null) {
            everywhere(page, model);
        } else {
            inCohort(cohortId, page, model);
        }
        model.addAttribute("cohortId", cohortId);
    }

    private void inCohort(UUID cohortId, int page, Model model) {
        var cohort = parts.load(() -> cohorts.header(cohortId));
        var sessions = parts.load(() -> cohorts.sessions(cohortId));
        Page<Reflection> reflections = api.get(REFLECTIONS, "/api/reflections?cohortId={cohortId}&page={page}&size={size}",
                cohortId, page, PAGE_SIZE);
        Part<CohortHeader> loadedCohort = cohort.get();
        Part<List<CohortSession>> loadedSessions = sessions.get();
        List<CohortSession> known = loadedSessions.available() ? loadedSessions.value() : List.of();
        model.addAttribute("cohort", loadedCohort);
        model.addAttribute("sessions", loadedSessions);
        model.addAttribute("writeSessions", known.stream().filter(s -> !s.cancelled()).toList());
        model.addAttribute("groups", List.of(new CohortGroup(cohortId,
                loadedCohort.available() ? loadedCohort.value().name() : null,
                loadedCohort.available() ? loadedCohort.value().trajectoryTitle() : null,
                bySession(reflections.items(), known))));
        model.addAttribute("reflections", reflections);
        model.addAttribute("pager", Pager.of(reflections, "/reflections", Map.of("cohortId", cohortId), "page"));
    }

    private void everywhere(int page, Model model) {
        var mine = parts.load(myCohorts::all);
        Page<Reflection> reflections = api.get(REFLECTIONS, "/api/reflections?page={page}&size={size}", page, PAGE_SIZE);
        Set<UUID> cohortIds = reflections.items().stream().map(Reflection::cohortId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<UUID, Parts.Loading<List<CohortSession>>> sessionLoads = new LinkedHashMap<>();
        cohortIds.forEach(id -> sessionLoads.put(id, parts.load(() -> cohorts.sessions(id))));
        Part<List<MyCohort>> myCohortList = mine.get();
        Map<UUID, MyCohort> named = myCohortList.available()
                ? myCohortList.value().stream().collect(Collectors.toMap(MyCohort::id, Function.identity(), (a, b) -> a))
                : Map.of();

        List<CohortGroup> groups = new ArrayList<>();
        for (UUID id : cohortIds) {
            Part<List<CohortSession>> sessions = sessionLoads.get(id).get();
            List<Reflection> inCohort = reflections.items().stream().filter(r -> r.cohortId().equals(id)).toList();
            MyCohort cohort = named.get(id);
            groups.add(new CohortGroup(id, cohort == null ? null : cohort.name(),
                    cohort == null ? null : cohort.trajectoryTitle(),
                    bySession(inCohort, sessions.available() ? sessions.value() : List.of())));
        }
        model.addAttribute("groups", groups);
        model.addAttribute("writable", myCohortList.available()
                ? Part.of(myCohortList.value().stream().filter(MyCohort::participating).toList()) : Part.missing());
        model.addAttribute("reflections", reflections);
        model.addAttribute("pager", Pager.of(reflections, "/reflections", Map.of(), "page"));
    }

    /** Sessions in their order, then reflections about a session no longer listed, then about none. */
    private static List<SessionGroup> bySession(List<Reflection> reflections, List<CohortSession> sessions) {
        Map<UUID, List<Reflection>> bySessionId = new LinkedHashMap<>();
        reflections.forEach(r -> bySessionId.computeIfAbsent(r.sessionId(), k -> new ArrayList<>()).add(r));
        return bySessionId.entrySet().stream()
                .map(e -> new SessionGroup(e.getKey(), CohortFacts.find(sessions, e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt(ReflectionList::order))
                .toList();
    }

    private static int order(SessionGroup group) {
        if (group.session() != null) {
            return group.session().sequence();
        }
        return Objects.isNull(group.sessionId()) ? Integer.MAX_VALUE : Integer.MAX_VALUE - 1;
    }
}
