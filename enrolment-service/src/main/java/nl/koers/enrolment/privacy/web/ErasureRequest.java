package nl.koers.enrolment.privacy.web;

import java.util.Optional;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Whose personal data to erase. */
record ErasureRequest(
        @Schema(description = "The participant's user id (the subject of their access token). Required when an admin"
                + " asks; a participant leaves it out or gives their own id.", example = "participant71")
        @Size(min = 1, max = 200) @Pattern(regexp = "\\S+", message = "must not contain spaces")
        @Nullable String participantId) {

    Optional<String> participant() {
        return Optional.ofNullable(participantId);
    }
}
