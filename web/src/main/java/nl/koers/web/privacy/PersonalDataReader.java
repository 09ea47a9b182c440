package nl.koers.web.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.koers.web.i18n.Formats;
import nl.koers.web.privacy.PersonalData.Field;
import nl.koers.web.privacy.PersonalData.Fields;
import nl.koers.web.privacy.PersonalData.Items;
import nl.koers.web.privacy.PersonalData.Node;
import nl.koers.web.privacy.PersonalData.PartView;
import nl.koers.web.privacy.PersonalData.Section;
import nl.koers.web.privacy.PersonalData.Text;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads the export file into {@link PersonalData} in the reader's language. A field's label is
 * {@code privacy.field.<name>} where Koers has one, else its name spelt out ("calendarSubscription" becomes
 * "Calendar subscription"); a status or other code is {@code privacy.value.<field>.<CODE>} or
 * {@code privacy.value.<CODE>}, else the code itself; moments and dates are written out, true and false are
 * yes and no. So every field a service puts in its part is on the page, readable, even before it has a text.
 */
@Component
class PersonalDataReader {

    /** What every part repeats about the file itself; the page says it once, at the top. */
    private static final Set<String> FILE_FIELDS = Set.of("part", "participantId", "exportedAt", "format");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A text longer than this, or with a line break, is something someone wrote and keeps its lines. */
    private static final int SHORT_TEXT = 120;
    /** Far deeper than any part nests; beyond it the JSON is shown as it is rather than walked further. */
    private static final int MAX_DEPTH = 12;

    private final MessageSource messages;
    private final Formats fmt;

    PersonalDataReader(MessageSource messages, Formats fmt) {
        this.messages = messages;
        this.fmt = fmt;
    }

    PersonalData read(JsonNode export) {
        List<PartView> parts = new ArrayList<>();
        JsonNode byPart = export.path("parts");
        for (String name : PersonalData.PARTS) {
            JsonNode part = byPart.path(name);
            if (!"included".equals(part.path("status").asString(""))) {
                parts.add(new PartView(name, false, List.of()));
                continue;
            }
            List<Section> sections = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : part.path("data").properties()) {
                if (!FILE_FIELDS.contains(field.getKey())) {
                    sections.add(new Section(field.getKey(), label(field.getKey()), node(field.getKey(), field.getValue(), 0)));
                }
            }
            parts.add(new PartView(name, true, sections));
        }
        return new PersonalData(moment(export.path("exportedAt").asString("")), parts);
    }

    /** Every part away: the gateway had nothing to put together. */
    static PersonalData nothingAnswered() {
        return new PersonalData(null, PersonalData.PARTS.stream().map(p -> new PartView(p, false, List.of())).toList());
    }

    private Node node(String key, JsonNode value, int depth) {
        if (depth > MAX_DEPTH) {
            return new Text(value.toString(), true);
        }
        if (value.isObject()) {
            List<Field> fields = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                fields.add(new Field(label(field.getKey()), node(field.getKey(), field.getValue(), depth + 1)));
            }
            return new Fields(fields);
        }
        if (value.isArray()) {
            List<Node> items = new ArrayList<>();
            value.forEach(item -> items.add(node(key, item, depth + 1)));
            return new Items(items);
        }
        return text(key, value);
    }

    private Text text(String key, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return new Text(message("privacy.value.none"), false);
        }
        if (value.isBoolean()) {
            return new Text(message(value.asBoolean() ? "privacy.value.yes" : "privacy.value.no"), false);
        }
        if (value.isNumber()) {
            return new Text(fmt.number(value.numberValue()), false);
        }
        String text = value.asString("");
        if (CODE.matcher(text).matches()) {
            String known = optional("privacy.value." + key + "." + text);
            known = known != null ? known : optional("privacy.value." + text);
            return new Text(known != null ? known : text, false);
        }
        String when = moment(text);
        if (when != null) {
            return new Text(when, false);
        }
        if (DATE.matcher(text).matches()) {
            try {
                return new Text(fmt.date(LocalDate.parse(text)), false);
            } catch (DateTimeParseException notADate) {
                // Digits that look like a date but are none: shown as they are.
            }
        }
        return new Text(text, text.contains("\n") || text.length() > SHORT_TEXT);
    }

    /** An ISO moment written out in Dutch time, or null when {@code text} is none. */
    private String moment(String text) {
        if (text.length() < 20 || !Character.isDigit(text.charAt(0)) || text.charAt(10) != 'T') {
            return null;
        }
        try {
            return fmt.dateTime(Instant.parse(text));
        } catch (DateTimeParseException notAMoment) {
            return null;
        }
    }

    private String label(String key) {
        String known = optional("privacy.field." + key);
        return known != null ? known : spelledOut(key);
    }

    /** "calendarSubscription" and "calendar_subscription" as "Calendar subscription". */
    static String spelledOut(String key) {
        String words = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z])([A-Z][a-z])", "$1 $2").replace('_', ' ').replace('-', ' ').strip()
                .toLowerCase(Locale.ROOT);
        return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private String optional(String code) {
        return messages.getMessage(code, null, null, LocaleContextHolder.getLocale());
    }

    private String message(String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }
}
