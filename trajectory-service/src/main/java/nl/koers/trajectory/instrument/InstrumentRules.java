package nl.koers.trajectory.instrument;

import java.util.List;
import java.util.Objects;
import nl.koers.defaults.problem.InvalidRequest;

/** The size and presence checks every part of an instrument shares, each answering what to change. */
final class InstrumentRules {

    private InstrumentRules() {
    }

    static String text(String field, String value, int max, boolean required) {
        String stripped = value == null ? "" : value.strip();
        if (required && stripped.isEmpty()) {
            throw invalid("The " + field + " must not be blank.");
        }
        if (stripped.length() > max) {
            throw invalid("The " + field + " is longer than " + max + " characters.");
        }
        return stripped;
    }

    static <T> List<T> list(String what, List<T> items, int max) {
        if (items == null) {
            return List.of();
        }
        if (items.size() > max) {
            throw invalid("There are at most " + max + " " + what + ".");
        }
        if (items.stream().anyMatch(Objects::isNull)) {
            throw invalid("One of the " + what + " is missing.");
        }
        return List.copyOf(items);
    }

    static InvalidRequest invalid(String detail) {
        return new InvalidRequest("invalid-instrument", "Invalid instrument", detail);
    }
}
