package nl.koers.reflection.web;

/**
 * The shape of the keys organisers give to prompts, roles and evaluation items: short, lowercase, and safe
 * to use anywhere (a URL, a report column) without escaping.
 */
public final class Keys {

    public static final String PATTERN = "[a-z0-9][a-z0-9-]{0,39}";
    public static final String MESSAGE = "must be 1 to 40 lowercase letters, digits or hyphens, starting with a letter or digit";

    private Keys() {
    }
}
