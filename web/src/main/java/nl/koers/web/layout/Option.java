package nl.koers.web.layout;

/**
 * One choice in a select or radio group: the value the API takes, the label a person reads, and optionally
 * a sentence that says what choosing it means (e.g. who can read a development question).
 */
public record Option(String value, String label, String description) {

    public Option(String value, String label) {
        this(value, label, null);
    }
}
