package nl.koers.notification.mail.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Properties;
import java.util.UUID;
import nl.koers.notification.mail.About;
import nl.koers.notification.mail.Invitee;
import nl.koers.notification.mail.Mail;
import nl.koers.notification.mail.MailKind;
import nl.koers.notification.mail.MeetingInvitation;
import nl.koers.notification.mail.Outgoing;
import nl.koers.notification.preference.Language;
import nl.koers.notification.session.SessionDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind of mail written from the templates and bundles, in both languages; no Spring context. */
class MailTemplatesTest {

    private static final Instant NOW = Instant.parse("2027-01-05T09:00:00Z");
    private static final Instant START = Instant.parse("2027-01-12T12:30:00Z");
    private static final UUID COHORT = UUID.randomUUID();

    private final MailTemplates templates = new MailTemplates(new SmtpConfiguration().mailMessageSource(),
            "https://koers.example/", ZoneId.of("Europe/Amsterdam"),
            new MeetingInvitation.Party("no-reply@koers.test", "Koers"));

    @ParameterizedTest
    @EnumSource(MailKind.class)
    void everyKindIsWrittenWholeInDutchAndInEnglish(MailKind kind) {
        for (Language language : Language.values()) {
            Composed mail = templates.compose(new Outgoing(mail(kind), "anna@roc-example.nl", "Anna <de Vries>",
                    language), NOW);

            assertThat(mail.subject()).isNotBlank().doesNotContain("??", "{", "null");
            assertThat(mail.text()).doesNotContain("??", "{", "null", "[(", "[#")
                    .contains("Anna <de Vries>").contains("https://koers.example/notifications");
            assertThat(mail.html()).doesNotContain("??", "null", "th:text", "th:if", "xmlns:th").contains("Anna &lt;de Vries&gt;")
                    .contains("lang=\"" + language.code() + "\"").contains("https://koers.example/notifications");
            String link = mail(kind).linkPath();
            assertThat(mail.text()).contains("https://koers.example" + link);
            assertThat(mail.html()).contains("href=\"https://koers.example" + link + "\"");
            assertThat(mail.calendar() != null).isEqualTo(kind.meetingMethod() != null);
        }
    }

    @Test
    void aConfirmationGreetsTheRecipientByNameInTheirLanguage() {
        Mail confirmed = mail(MailKind.ENROLMENT_CONFIRMED);
        Composed dutch = templates.compose(new Outgoing(confirmed, "a@x.nl", "Anna de Vries", Language.NL), NOW);
        Composed english = templates.compose(new Outgoing(confirmed, "a@x.nl", "Anna de Vries", Language.EN), NOW);

        assertThat(dutch.subject()).isEqualTo("Je hebt een plek in de deelnemersgroep");
        assertThat(dutch.text()).startsWith("Beste Anna de Vries,");
        assertThat(english.subject()).isEqualTo("You have a place in the cohort");
        assertThat(english.text()).startsWith("Dear Anna de Vries,");
    }

    @Test
    void withoutANameTheGreetingHasNone() {
        Composed mail = templates.compose(new Outgoing(mail(MailKind.ENROLMENT_PROMOTED), "a@x.nl", null, Language.NL),
                NOW);
        assertThat(mail.text()).startsWith("Hallo,");
    }

    @Test
    void aWaitlistMailNamesThePlace() {
        Composed mail = templates.compose(new Outgoing(mail(MailKind.ENROLMENT_WAITLISTED), "a@x.nl", null,
                Language.NL), NOW);
        assertThat(mail.subject()).isEqualTo("Je staat op de wachtlijst (plek 3)");
        assertThat(mail.text()).contains("op plek 3");
    }

    @Test
    void aSessionMailGivesItsTimeInTheNetherlandsAndItsPlace() {
        Composed mail = templates.compose(new Outgoing(mail(MailKind.SESSION_RESCHEDULED), "a@x.nl", null,
                Language.NL), NOW);
        assertThat(mail.subject()).isEqualTo("Gewijzigd: Startbijeenkomst");
        assertThat(mail.text()).contains("dinsdag 12 januari 2027, van 13:30 tot 16:30 uur")
                .contains("ROC Midden, Utrecht");
        assertThat(mail.meetingMethod()).isEqualTo("REQUEST");
    }

    @Test
    void aSessionWithoutTitleIsCalledByItsNumber() {
        Mail untitled = Mail.pending("k", MailKind.SESSION_CANCELLED, "anna", new About(COHORT, null, null,
                new SessionDetails(UUID.randomUUID(), COHORT, 2, START, START.plusSeconds(3600), null, null, null, true, 3),
                null), NOW);
        assertThat(templates.compose(new Outgoing(untitled, "a@x.nl", null, Language.NL), NOW).subject())
                .isEqualTo("Gaat niet door: Bijeenkomst 2");
        assertThat(templates.compose(new Outgoing(untitled, "a@x.nl", null, Language.EN), NOW).subject())
                .isEqualTo("Cancelled: Session 2");
    }

    @Test
    void bothBundlesHaveTheSameMessages() throws IOException {
        assertThat(bundle("en").keySet()).isEqualTo(bundle("nl").keySet());
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailTemplatesTest.class.getResourceAsStream("/mail-messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Mail mail(MailKind kind) {
        SessionDetails session = new SessionDetails(UUID.fromString("11111111-2222-4333-8444-555555555555"), COHORT, 1,
                START, START.plusSeconds(3 * 3600), "Startbijeenkomst", "ROC Midden, Utrecht",
                "https://meet.example/koers", false, 2);
        About about = switch (kind) {
            case ENROLMENT_WAITLISTED -> new About(COHORT, null, 3, null, null);
            case SESSION_SCHEDULED, SESSION_RESCHEDULED, SESSION_CANCELLED, SESSION_REMINDER ->
                    new About(COHORT, null, null, session, null);
            case FEEDBACK_RECEIVED -> new About(COHORT, UUID.fromString("99999999-2222-4333-8444-555555555555"), null,
                    null, null);
            case INVITATION -> new About(COHORT, null, null, null, new Invitee(UUID.randomUUID(), "anna@roc-example.nl",
                    "Anna", "c2VjcmV0LXRva2VuLXZhbHVlLWZvci10ZXN0cw", START));
            default -> About.cohort(COHORT);
        };
        return Mail.pending("key", kind, kind == MailKind.INVITATION ? null : "anna", about, NOW);
    }
}
