package nl.koers.system.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Finds form controls and buttons by the names a person reads on the page, so that {@link Browser} tests say
 * "fill in Naam" rather than a CSS selector, and a control nobody labelled cannot be found at all.
 */
final class AccessibleNames {

    private static final String FIELDS = "input, select, textarea";

    private AccessibleNames() {
    }

    /** The form control with this id, label text (exact, else the first label that starts with it) or aria-label. */
    static WebElement control(WebDriver driver, String labelOrId) {
        List<WebElement> byId = driver.findElements(By.id(labelOrId));
        if (!byId.isEmpty()) {
            return byId.getFirst();
        }
        List<WebElement> labels = driver.findElements(By.tagName("label"));
        WebElement label = labels.stream().filter(l -> normalized(l.getText()).equals(labelOrId)).findFirst()
                .orElseGet(() -> labels.stream().filter(l -> normalized(l.getText()).startsWith(labelOrId))
                        .findFirst().orElse(null));
        if (label != null) {
            String target = label.getDomAttribute("for");
            List<WebElement> controls = target != null ? driver.findElements(By.id(target))
                    : label.findElements(By.cssSelector(FIELDS));
            return controls.isEmpty() ? null : controls.getFirst();
        }
        return driver.findElements(By.cssSelector(FIELDS)).stream()
                .filter(control -> labelOrId.equals(control.getDomAttribute("aria-label"))).findFirst().orElse(null);
    }

    /**
     * What a person (or a screen reader, roughly) calls the element: its aria-label, a button input's value,
     * a field's label, else its text. aria-labelledby is not followed.
     */
    static String of(WebDriver driver, WebElement element) {
        String ariaLabel = element.getDomAttribute("aria-label");
        if (ariaLabel != null && !ariaLabel.isBlank()) {
            return normalized(ariaLabel);
        }
        String tag = element.getTagName();
        String type = element.getDomAttribute("type");
        if (tag.equals("input") && type != null && List.of("submit", "button", "reset").contains(type)) {
            return normalized(element.getDomProperty("value"));
        }
        if (List.of("input", "select", "textarea").contains(tag)) {
            return labelOf(driver, element);
        }
        return normalized(element.getText());
    }

    private static String labelOf(WebDriver driver, WebElement control) {
        String id = control.getDomAttribute("id");
        List<WebElement> labels = id == null ? List.of()
                : driver.findElements(By.cssSelector("label[for='" + id.replace("'", "\\'") + "']"));
        if (labels.isEmpty()) {
            labels = control.findElements(By.xpath("ancestor::label"));
        }
        return labels.isEmpty() ? "" : normalized(labels.getFirst().getText());
    }

    private static String normalized(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
