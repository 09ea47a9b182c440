package nl.koers.reflection.casus;

/** One role of the role fan ("ten insights x four roles"): a key cases refer to and the label people read. */
public record FanRole(String key, String label) {
}
