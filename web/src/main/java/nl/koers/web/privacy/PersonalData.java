package nl.koers.web.privacy;

import java.util.List;

/**
 * A participant's export (the gateway's {@code koers-export/1} file) as the "Mijn gegevens" page shows it: per part
 * of Koers its sections, each a readable tree of labelled fields and lists. The tree is built from the JSON as it
 * is ({@link PersonalDataReader}) rather than from fixed records, so that a field a service adds to its part
 * shows up on the page at once, under its own name until it has a text of its own.
 *
 * @param exportedAt when the gateway put the file together, as the reader reads a moment
 */
record PersonalData(String exportedAt, List<PartView> parts) {

    /** The four parts, in the order the page shows them. */
    static final List<String> PARTS = List.of("enrolment", "trajectory", "reflection", "notification");

    /**
     * One service's part: its sections when it answered, else only the fact that it did not.
     *
     * @param name the part's name in the file: enrolment, trajectory, reflection or notification
     */
    record PartView(String name, boolean included, List<Section> sections) {

        public boolean isEmpty() {
            return sections.isEmpty();
        }
    }

    /** One section of a part (the profile, the enrolments, the development questions...). */
    record Section(String key, String title, Node content) {
    }

    /** What a field holds: more fields, a list, or a value to read. */
    sealed interface Node permits Fields, Items, Text {

        /** For the template, which cannot switch over types. */
        String kind();
    }

    /** An object: its fields, each with the label a reader reads. */
    record Fields(List<Field> fields) implements Node {

        @Override
        public String kind() {
            return "fields";
        }
    }

    record Field(String label, Node value) {
    }

    /** A list; empty when Koers holds none of these. */
    record Items(List<Node> items) implements Node {

        @Override
        public String kind() {
            return "items";
        }

        public boolean isEmpty() {
            return items.isEmpty();
        }
    }

    /**
     * A single value as a reader reads it (a date in words, yes or no, a status in words).
     *
     * @param multiline whether it is a text someone wrote, shown with its line breaks
     */
    record Text(String text, boolean multiline) implements Node {

        @Override
        public String kind() {
            return "text";
        }
    }
}
