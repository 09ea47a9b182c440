package nl.koers.web.organise;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.koers.web.organise.OrganiseModels.Keyed;
import org.springframework.validation.Errors;

/**
 * A list of texts that participants read, each with the key their answers are kept by: a trajectory's evaluation
 * items (rated 1 to 5) or a session's reflection prompts. The form shows what is configured plus an empty row;
 * a row left empty is no row. A key may be left blank: it is then made from the text, so an organiser needs to
 * think about keys only to keep an item's answers together while rewording it.
 *
 * reflection-service replaces the list whole and takes no If-Match for it, so the form carries no version.
 *
 * @param rows the items in the order participants read them
 */
record KeyedTextsForm(List<Row> rows) {

    /** reflection-service's key rule: 1 to 40 lowercase letters, digits or hyphens, starting with a letter or digit. */
    static final String KEY = "[a-z0-9][a-z0-9-]{0,39}";
    static final int MAX_KEY = 40;

    KeyedTextsForm {
        rows = rows == null ? List.of() : rows.stream().map(r -> r == null ? Row.EMPTY : r).toList();
    }

    record Row(String key, String text) {

        static final Row EMPTY = new Row("", "");

        boolean isEmpty() {
            return Moments.blank(key) && Moments.blank(text);
        }
    }

    /** The list as configured, with one empty row to add to it. */
    static KeyedTextsForm of(List<Keyed> items) {
        List<Row> rows = new ArrayList<>(items.stream().map(i -> new Row(i.key(), i.text())).toList());
        rows.add(Row.EMPTY);
        return new KeyedTextsForm(rows);
    }

    KeyedTextsForm withRowAdded(int max) {
        List<Row> changed = new ArrayList<>(rows);
        if (changed.size() < max) {
            changed.add(Row.EMPTY);
        }
        return new KeyedTextsForm(changed);
    }

    KeyedTextsForm withRowRemoved(int index) {
        List<Row> changed = new ArrayList<>(rows);
        if (index >= 0 && index < changed.size()) {
            changed.remove(index);
        }
        return new KeyedTextsForm(changed);
    }

    /**
     * The rules reflection-service applies, said beside the row they concern.
     *
     * @param maxText     the longest text the API takes
     * @param max         how many rows the API takes
     * @param atLeastOne  whether an empty list is refused (evaluation items) or removes them all (prompts)
     */
    void check(Errors errors, int maxText, int max, boolean atLeastOne) {
        long used = rows.stream().filter(r -> !r.isEmpty()).count();
        if (used > max) {
            errors.rejectValue("rows", "organise.keyed.tooMany", new Object[] {max}, null);
        }
        if (used == 0 && atLeastOne) {
            errors.rejectValue("rows", "organise.keyed.atLeastOne");
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.isEmpty()) {
                continue;
            }
            if (Moments.blank(row.text())) {
                errors.rejectValue("rows[" + i + "].text", "validation.required");
            } else if (row.text().strip().length() > maxText) {
                errors.rejectValue("rows[" + i + "].text", "organise.keyed.textTooLong", new Object[] {maxText}, null);
            }
            if (!Moments.blank(row.key())) {
                String key = row.key().strip();
                if (!key.matches(KEY)) {
                    errors.rejectValue("rows[" + i + "].key", "organise.keyed.key.invalid");
                } else if (!keys.add(key)) {
                    errors.rejectValue("rows[" + i + "].key", "organise.keyed.key.taken");
                }
            }
        }
    }

    /** The rows in use, each with its key: the one given, or one made from its text that no other row has. */
    List<Keyed> entries() {
        Set<String> taken = new HashSet<>();
        rows.stream().filter(r -> !r.isEmpty() && !Moments.blank(r.key())).forEach(r -> taken.add(r.key().strip()));
        List<Keyed> entries = new ArrayList<>();
        for (Row row : rows) {
            if (row.isEmpty()) {
                continue;
            }
            String key = Moments.blank(row.key()) ? unique(slug(row.text()), taken) : row.key().strip();
            entries.add(new Keyed(key, row.text().strip(), null));
        }
        return entries;
    }

    /** The body of {@code PUT /api/evaluations/items/{trajectoryId}} (ItemsRequest). */
    record Items(List<Item> items) {
    }

    record Item(String key, String label) {
    }

    /** The body of {@code PUT /api/reflections/prompts/{sessionId}} (PromptsRequest). */
    record PromptsRequest(List<Prompt> prompts) {
    }

    record Prompt(String key, String question) {
    }

    Items toItems() {
        return new Items(entries().stream().map(e -> new Item(e.key(), e.text())).toList());
    }

    PromptsRequest toPrompts() {
        return new PromptsRequest(entries().stream().map(e -> new Prompt(e.key(), e.text())).toList());
    }

    /** "Relevantie voor mijn vraag" becomes {@code relevantie-voor-mijn-vraag}, at most 40 characters. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > MAX_KEY) {
            plain = plain.substring(0, MAX_KEY).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "item" : plain;
    }

    private static String unique(String key, Set<String> taken) {
        String candidate = key;
        for (int n = 2; !taken.add(candidate); n++) {
            String suffix = "-" + n;
            candidate = (key.length() + suffix.length() > MAX_KEY ? key.substring(0, MAX_KEY - suffix.length()) : key) + suffix;
        }
        return candidate;
    }
}
