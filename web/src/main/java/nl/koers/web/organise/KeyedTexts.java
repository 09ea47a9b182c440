package nl.koers.web.organise;

import org.springframework.ui.Model;

/**
 * The row buttons of a {@link KeyedTextsForm} ({@code action}): "add a row" and "remove row n", which change
 * the rows and show the form again without judging it yet, with focus on what changed.
 */
final class KeyedTexts {

    static final String SAVE = "save";
    static final String ADD = "add-row";
    static final String REMOVE = "remove-row-";

    private KeyedTexts() {
    }

    static KeyedTextsForm change(KeyedTextsForm form, String action, int max, Model model) {
        if (action.equals(ADD)) {
            KeyedTextsForm changed = form.withRowAdded(max);
            model.addAttribute("focusRow", changed.rows().size() - 1);
            return changed;
        }
        if (action.startsWith(REMOVE)) {
            model.addAttribute("focusRows", true);
            try {
                return form.withRowRemoved(Integer.parseInt(action.substring(REMOVE.length())));
            } catch (NumberFormatException e) {
                return form;
            }
        }
        return form;
    }
}
