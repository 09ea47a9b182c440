package nl.koers.web.reflection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reflection as the form holds it: the answers to the session's prompts (each in its own field), the free
 * text and who may read it, and, when editing, the ETag it was read with. The limits are reflection-service's,
 * repeated so the messages are in the reader's language.
 */
record ReflectionForm(
        @Valid List<Answer> answers,
        @NotBlank(message = "{validation.required}") @Size(max = 10_000, message = "{validation.size.max}") String text,
        @NotBlank(message = "{validation.choose}") String visibility,
        String etag) {

    ReflectionForm {
        answers = answers == null ? List.of() : answers;
    }

    /** One prompt's answer; a prompt left empty is not answered. */
    record Answer(String key, @Size(max = 4_000, message = "{validation.size.max}") String text) {
    }

    /** The answers given, by prompt key, as the API takes them: empty ones left out. */
    Map<String, String> answered() {
        Map<String, String> given = new LinkedHashMap<>();
        answers.stream().filter(a -> a.key() != null && a.text() != null && !a.text().isBlank())
                .forEach(a -> given.put(a.key(), a.text().strip()));
        return given;
    }

    ReflectionForm withEtag(String newEtag) {
        return new ReflectionForm(answers, text, visibility, newEtag);
    }
}
