package nl.koers.system.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (bundled in the jar, so offline) on the page a browser shows, against WCAG 2.1 level A and AA,
 * the level Dutch public-sector sites are held to. A failure lists each rule broken, with enough of the page's
 * selectors to find the element without rerunning anything.
 */
final class Accessibility {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final int TARGETS_SHOWN = 3;

    private Accessibility() {
    }

    static void check(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not check " + driver.getCurrentUrl() + ": "
                    + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " accessibility violation(s) (WCAG 2.1 AA) on "
                    + driver.getCurrentUrl() + ":\n" + violations.stream().map(Accessibility::describe)
                    .collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        List<CheckedNode> nodes = rule.getNodes();
        String targets = nodes.stream().limit(TARGETS_SHOWN).map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining(", "));
        String more = nodes.size() > TARGETS_SHOWN ? " and " + (nodes.size() - TARGETS_SHOWN) + " more" : "";
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "; at " + targets + more
                + " (" + rule.getHelpUrl() + ")";
    }
}
