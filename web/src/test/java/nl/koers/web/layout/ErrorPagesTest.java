package nl.koers.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an error's log line may say of the page it happened on. */
class ErrorPagesTest {

    @Test
    void logsNoInvitationsSecret() {
        assertThat(ErrorPages.loggable("/invitations/q1Bv8xZkJ3nR5tW7yA9cE2gH4jL6mN0pS-uV_xY1zB3")).isEqualTo("/invitations/…")
                .doesNotContain("q1Bv8");
        assertThat(ErrorPages.loggable("/organise/cohorts/4/invitations")).isEqualTo("/organise/cohorts/4/invitations");
        assertThat(ErrorPages.loggable("/invitations")).isEqualTo("/invitations");
    }
}
