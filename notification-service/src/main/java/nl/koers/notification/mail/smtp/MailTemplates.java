package nl.koers.notification.mail.smtp;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.koers.notification.mail.About;
import nl.koers.notification.mail.Mail;
import nl.koers.notification.mail.MailKind;
import nl.koers.notification.mail.MailTexts;
import nl.koers.notification.mail.MeetingInvitation;
import nl.koers.notification.mail.Outgoing;
import nl.koers.notification.preference.Language;
import nl.koers.notification.session.SessionDetails;
import org.springframework.context.MessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes mails from two Thymeleaf templates, {@code templates/mail/message.html} and {@code message.txt} (TEXT
 * mode), whose words all come from the {@code mail-messages} bundle in the recipient's language: one layout for
 * every kind, the kind choosing its sentences ({@code mail.<KIND>.subject|intro|action}). What a template gets is
 * ids turned into links, the session's logistics and the recipient's name, never a participant's text.
 */
class MailTemplates implements MailTexts {

    static final String SETTINGS_PATH = "/notifications";

    private final SpringTemplateEngine engine;
    private final MessageSource messages;
    private final String webBaseUrl;
    private final ZoneId zone;
    private final MeetingInvitation.Party organizer;

    MailTemplates(MessageSource messages, String webBaseUrl, ZoneId zone, MeetingInvitation.Party organizer) {
        this.messages = messages;
        this.webBaseUrl = webBaseUrl.replaceAll("/+$", "");
        this.zone = zone;
        this.organizer = organizer;
        this.engine = new SpringTemplateEngine();
        engine.setTemplateEngineMessageSource(messages);
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        return resolver;
    }

    /**
     * Parses and caches both templates and both bundles now, at start-up, rather than on the first mail, which would
     * otherwise take a few hundred milliseconds longer than the rest.
     */
    void warmUp() {
        SessionDetails session = new SessionDetails(UUID.randomUUID(), UUID.randomUUID(), 1,
                Instant.EPOCH, Instant.EPOCH, null, null, null, false, 1);
        Mail sample = Mail.pending("warm-up", MailKind.SESSION_SCHEDULED, "warm-up",
                new About(session.cohortId(), null, null, session, null), Instant.EPOCH);
        for (Language language : Language.values()) {
            compose(new Outgoing(sample, "warm-up@koers.test", null, language), Instant.EPOCH);
        }
    }

    @Override
    public String subject(Mail mail, Language language) {
        Locale locale = language.locale();
        return message("mail." + mail.kind() + ".subject", locale, parameters(mail, locale));
    }

    /** The whole mail for {@code outgoing}'s recipient, in their language, its meeting stamped {@code now}. */
    Composed compose(Outgoing outgoing, Instant now) {
        Mail mail = outgoing.mail();
        Locale locale = outgoing.language().locale();
        Object[] parameters = parameters(mail, locale);
        Context context = new Context(locale);
        Map<String, Object> variables = new HashMap<>();
        variables.put("language", outgoing.language().code());
        variables.put("kind", mail.kind().name());
        variables.put("name", outgoing.displayName());
        variables.put("p0", parameters.length > 0 ? parameters[0] : null);
        variables.put("p1", parameters.length > 1 ? parameters[1] : null);
        String path = mail.linkPath();
        variables.put("link", path == null ? null : webBaseUrl + path);
        variables.put("settingsLink", webBaseUrl + SETTINGS_PATH);
        SessionDetails session = mail.about().session();
        String calendar = null;
        String method = mail.kind().meetingMethod();
        if (session != null) {
            variables.put("when", period(session, locale));
            variables.put("where", blankToNull(session.place()));
            variables.put("online", blankToNull(session.onlineLink()));
            variables.put("onlineHref", web(session.onlineLink()) ? session.onlineLink().strip() : null);
            variables.put("cancelled", mail.kind() == MailKind.SESSION_CANCELLED);
        }
        variables.put("meeting", method);
        if (method != null) {
            calendar = MeetingInvitation.write(method, session, sessionName(session, locale),
                    path == null ? null : webBaseUrl + path, organizer,
                    new MeetingInvitation.Party(outgoing.address(), outgoing.displayName()), now);
        }
        String subject = message("mail." + mail.kind() + ".subject", locale, parameters);
        variables.put("subject", subject);
        context.setVariables(variables);
        return new Composed(subject, engine.process("message.txt", context), engine.process("message.html", context),
                method, calendar);
    }

    /** The values a kind's sentences name: the waitlist place, the session and its time, the invitation's end. */
    private Object[] parameters(Mail mail, Locale locale) {
        SessionDetails session = mail.about().session();
        return switch (mail.kind()) {
            case ENROLMENT_WAITLISTED -> new Object[] {String.valueOf(mail.about().waitlistPosition())};
            case SESSION_SCHEDULED, SESSION_RESCHEDULED, SESSION_CANCELLED, SESSION_REMINDER ->
                    new Object[] {sessionName(session, locale), day(session.startsAt(), locale)};
            case INVITATION -> new Object[] {mail.about().invitee().expiresAt() == null
                    ? message("mail.INVITATION.noExpiry", locale) : day(mail.about().invitee().expiresAt(), locale)};
            case ENROLMENT_CONFIRMED, ENROLMENT_PROMOTED, ENROLMENT_WITHDRAWN, FEEDBACK_RECEIVED, COHORT_COMPLETED ->
                    new Object[0];
        };
    }

    /** The session's title, or "Bijeenkomst n" when the organiser gave none. */
    private String sessionName(SessionDetails session, Locale locale) {
        return session.title() != null && !session.title().isBlank() ? session.title().strip()
                : message("mail.session.numbered", locale, String.valueOf(session.sequence()));
    }

    private String period(SessionDetails session, Locale locale) {
        DateTimeFormatter clock = DateTimeFormatter.ofPattern(message("mail.time.clock", locale), locale).withZone(zone);
        Instant end = session.endsAt() != null ? session.endsAt() : session.startsAt();
        return message("mail.session.period", locale, day(session.startsAt(), locale), clock.format(session.startsAt()),
                clock.format(end), zone.getDisplayName(TextStyle.FULL, locale));
    }

    private String day(Instant instant, Locale locale) {
        return DateTimeFormatter.ofPattern(message("mail.time.day", locale), locale).withZone(zone).format(instant);
    }

    private String message(String key, Locale locale, Object... parameters) {
        return messages.getMessage(key, parameters, locale);
    }

    private static boolean web(String link) {
        return link != null && link.strip().matches("(?i)https?://\\S+");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
