package nl.koers.web.report;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.i18n.Formats;
import nl.koers.web.layout.Option;
import nl.koers.web.layout.ProblemTexts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The report pages: a coalition's report for a school year or a period, a trajectory's and a cohort's report, and
 * {@code /reports}, where a coalition member finds their coalitions. The period is in the address ({@code ?year=}
 * or {@code ?from=&to=}, chosen with a GET form), so a report can be bookmarked and shared with a colleague who has
 * the same rights. Who may read which report is the API's decision: a report that is not the reader's is "not
 * found", as one that does not exist.
 */
@Controller
class ReportController {

    /** How many school years back the choice offers; any other year can still be typed into the address. */
    static final int YEARS_BACK = 5;

    private final ReportLoader reports;
    private final ProblemTexts problems;
    private final Clock clock;

    ReportController(ReportLoader reports, ProblemTexts problems, ObjectProvider<Clock> clock) {
        this.reports = reports;
        this.problems = problems;
        this.clock = clock.getIfAvailable(() -> Clock.system(Formats.AMSTERDAM));
    }

    @GetMapping("/reports")
    String landing() {
        return "report/index";
    }

    @GetMapping("/reports/coalitions/{id}")
    String coalition(@PathVariable String id, @ModelAttribute("periodForm") PeriodForm form, BindingResult binding,
                     Model model, HttpServletResponse response) {
        Period period = form.period(clock, binding);
        model.addAttribute("coalitionId", id);
        if (period != null) {
            try {
                ReportPage page = reports.coalition(id, period);
                model.addAttribute("periodForm", PeriodForm.of(period));
                return show(page, model);
            } catch (ApiProblem problem) {
                if (!"invalid-period".equals(problem.code())) {
                    throw problem;
                }
                // The API's own limits on a period, should they ever be stricter than the form's.
                binding.reject("api", problems.text(problem));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("yearOptions", yearOptions(null));
        return "report/report";
    }

    @GetMapping("/reports/trajectories/{id}")
    String trajectory(@PathVariable UUID id, Model model) {
        return show(reports.trajectory(id), model);
    }

    @GetMapping("/reports/cohorts/{id}")
    String cohort(@PathVariable UUID id, Model model) {
        return show(reports.cohort(id), model);
    }

    private String show(ReportPage page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("downloads", Downloads.of(page));
        if (page.scope().hasPeriod()) {
            model.addAttribute("yearOptions", yearOptions(page.period()));
        }
        return "report/report";
    }

    /** The current school year, the next and the {@link #YEARS_BACK} before, and the one shown if it is another. */
    private List<Option> yearOptions(Period shown) {
        int current = PeriodForm.current(clock).from().getYear();
        List<Integer> years = new ArrayList<>();
        for (int year = Math.min(current + 1, PeriodForm.LAST_YEAR); year >= current - YEARS_BACK; year--) {
            years.add(year);
        }
        Integer chosen = shown == null ? null : shown.schoolYear();
        if (chosen != null && !years.contains(chosen)) {
            years.add(chosen);
            years.sort(java.util.Comparator.reverseOrder());
        }
        return years.stream().map(year -> new Option(String.valueOf(year), year + "–" + (year + 1))).toList();
    }
}
