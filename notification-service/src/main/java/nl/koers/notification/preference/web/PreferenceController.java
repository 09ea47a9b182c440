package nl.koers.notification.preference.web;

import java.util.Set;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.Versioned;
import nl.koers.defaults.web.Versions;
import nl.koers.notification.preference.PreferenceService;
import nl.koers.notification.preference.Preferences;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Your e-mail preferences: which mails you get and in which language. */
@RestController
@Tag(name = "Preferences", description = "Which of Koers's mails you get and in which language. Every signed-in"
        + " user has them, whatever their role; until you change them you get every mail, in Dutch.")
class PreferenceController {

    private final PreferenceService preferences;
    private final Validator validator;

    PreferenceController(PreferenceService preferences, Validator validator) {
        this.preferences = preferences;
        this.validator = validator;
    }

    @GetMapping("/api/notifications/preferences")
    @Versioned
    @Operation(summary = "Get your e-mail preferences", description = "Any signed-in user, for themselves. Without"
            + " stored preferences the defaults: every topic on, Dutch, version 0.")
    ResponseEntity<PreferencesView> getNotificationPreferences(Caller caller) {
        Preferences current = preferences.get(caller.id());
        return ResponseEntity.ok().eTag(Versions.etag(current.version())).body(PreferencesView.of(current));
    }

    @PutMapping("/api/notifications/preferences")
    @Versioned
    @Operation(summary = "Change your e-mail preferences", description = "Any signed-in user, for themselves."
            + " Replaces them whole: the language (nl or en) and every topic on or off. SEAT (confirmed, waitlisted,"
            + " promoted, withdrawn) cannot be turned off, and invitations are always sent. A topic turned off makes"
            + " no mail from then on; the language applies to every mail not sent yet.")
    ResponseEntity<PreferencesView> changeNotificationPreferences(
            @RequestBody PreferencesRequest request,
            @Parameter(description = "The ETag of your preferences as you last read them (\"0\" for the defaults):"
                    + " refused with 412 when they changed since. Without it, whatever is stored is replaced.")
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Caller caller) {
        // Validated here rather than with @Valid: each wrong topic is reported as its own field (topics.SEAT).
        Set<ConstraintViolation<PreferencesRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Preferences changed = preferences.change(caller.id(), request.languageValue(), request.topicValues(),
                Versions.ifMatch(ifMatch, "preferences"));
        return ResponseEntity.ok().eTag(Versions.etag(changed.version())).body(PreferencesView.of(changed));
    }
}
