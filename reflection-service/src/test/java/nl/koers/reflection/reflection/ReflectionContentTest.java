package nl.koers.reflection.reflection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.events.ReflectionWritten;
import nl.koers.reflection.membership.Visibility;
import org.junit.jupiter.api.Test;

class ReflectionContentTest {

    private final UUID session = UUID.randomUUID();

    @Test
    void answersPromptsOnlyOfASession() {
        assertThatThrownBy(() -> new ReflectionContent(null, "tekst", Map.of("rol", "antwoord"), Visibility.PRIVATE))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("sessionId");
        assertThatThrownBy(() -> new ReflectionContent(session, "  ", Map.of(), Visibility.PRIVATE))
                .isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> new ReflectionContent(session, "tekst", Map.of(), null))
                .isInstanceOf(InvalidRequest.class);
    }

    @Test
    void acceptsAnswersOnlyToTheSessionsOwnPrompts() {
        SessionPrompts prompts = SessionPrompts.none(session, UUID.randomUUID()).replacedBy(List.of(
                new Prompt("rol", "De rol die je krijgt en de rol die je neemt"),
                new Prompt("tevreden-trots", "Wanneer zijn we tevreden, wanneer trots?")));

        prompts.requireAnswerable(Set.of("rol", "tevreden-trots"));
        assertThatThrownBy(() -> prompts.requireAnswerable(Set.of("rol", "iets-anders")))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("iets-anders");
        assertThatThrownBy(() -> prompts.replacedBy(List.of(new Prompt("rol", "a"), new Prompt("rol", "b"))))
                .isInstanceOf(InvalidRequest.class);
    }

    @Test
    void everyRevisionRaisesTheVersionAndPublishesCountsButNoText() {
        Reflection reflection = Reflection.write(UUID.randomUUID(), "p-ann",
                new ReflectionContent(session, "Mijn rol als teamleider", Map.of("rol", "Ik neem meer"), Visibility.FACILITATORS),
                Instant.parse("2026-01-10T10:00:00Z"));
        reflection.revise(new ReflectionContent(null, "Herzien", Map.of(), Visibility.COHORT), Instant.parse("2026-01-11T10:00:00Z"));

        assertThat(reflection.version()).isEqualTo(2);
        assertThat(reflection.pendingEvents()).hasSize(2).allSatisfy(e -> assertThat(e.toString())
                .doesNotContain("teamleider").doesNotContain("Herzien").doesNotContain("Ik neem meer"));
        assertThat(((ReflectionWritten) reflection.pendingEvents().getFirst()).promptsAnswered()).isEqualTo(1);
        assertThat(((ReflectionWritten) reflection.pendingEvents().getLast()).visibility()).isEqualTo("COHORT");
    }
}
