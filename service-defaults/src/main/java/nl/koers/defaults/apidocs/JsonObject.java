package nl.koers.defaults.apidocs;

import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON object that keeps its members in the order written, so a generated document reads as intended. */
final class JsonObject {

    private JsonObject() {
    }

    /** From alternating names and values: {@code of("type", "string", "format", "uuid")}. */
    static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }
}
