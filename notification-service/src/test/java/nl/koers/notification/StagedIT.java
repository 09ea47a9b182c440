package nl.koers.notification;

import nl.koers.notification.cohort.Rosters;
import nl.koers.notification.mail.Mails;
import nl.koers.notification.recipient.Recipients;
import nl.koers.notification.session.Sessions;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.TestInfrastructure;
import nl.koers.testsupport.TestSmtp;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service over HTTP on a real Kafka broker, MongoDB-protocol server and SMTP server (GreenMail, read back over
 * IMAP), with a {@link Stage} to set profiles, cohorts, enrolments and sessions up as events: what every
 * integration test of this service starts from, written once. They share one context, so each test uses ids and
 * addresses of its own. Retries, reminders and polls are fast here; the reminder lead is one hour.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "koers.notifications.web-base-url=https://koers.example",
        "koers.notifications.retry.initial=200ms",
        "koers.notifications.retry.max=1s",
        "koers.notifications.retry.max-attempts=6",
        "koers.notifications.reminder-lead=PT1H",
        "koers.notifications.reminder-poll=300ms",
        "koers.notifications.poll=500ms",
        "koers.notifications.lease=30s"})
abstract class StagedIT {

    static final String BASE_URL = "https://koers.example";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "notification");
        TestSmtp.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    Recipients recipients;

    @Autowired
    Rosters rosters;

    @Autowired
    Sessions sessions;

    @Autowired
    Mails mails;

    Stage stage;
    Api api;
    final TestSmtp smtp = TestSmtp.get();

    @BeforeEach
    void stage() {
        stage = new Stage(recipients, rosters, sessions, port);
        api = stage.api();
    }
}
