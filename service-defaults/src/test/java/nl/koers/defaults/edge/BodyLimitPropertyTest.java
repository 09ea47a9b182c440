package nl.koers.defaults.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A service can lower the body limit with {@code koers.web.max-body-size}, and the answer says the new one. */
@TestPropertySource(properties = "koers.web.max-body-size=2KB")
class BodyLimitPropertyTest extends EdgeTest {

    @Test
    void refusesBodiesAboveTheConfiguredLimit() {
        var problem = assertProblem(http().sendWithBody("PUT " + WORKSHOP + " HTTP/1.1", " ".repeat(3_000), bearer(),
                "Content-Type: application/json"), 413);

        assertThat(detail(problem)).contains("2 KB");
    }
}
