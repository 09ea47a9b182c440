package nl.koers.notification.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.koers.defaults.privacy.ErasedParticipants;
import nl.koers.notification.cohort.Rosters;
import nl.koers.notification.preference.PreferenceStore;
import nl.koers.notification.session.SessionDetails;

/**
 * Makes the mails a fact calls for: one per recipient, each with a dedupe key of the fact's event id and the
 * recipient, so a redelivered fact makes none again. Preferences apply here: a topic turned off makes no mail.
 * No mail is made for someone erased since the fact happened (a late or replayed fact), about a cohort whose
 * personal data expired since, or for a fact older than the horizon ({@link Audience#recent}).
 */
public class MailPlanner {

    private final Mails mails;
    private final Rosters rosters;
    private final PreferenceStore preferences;
    private final ErasedParticipants erased;
    private final MailQueue queue;
    private final Clock clock;
    private final Duration horizon;

    public MailPlanner(Mails mails, Rosters rosters, PreferenceStore preferences, ErasedParticipants erased,
                       MailQueue queue, Clock clock, Duration horizon) {
        this.mails = mails;
        this.rosters = rosters;
        this.preferences = preferences;
        this.erased = erased;
        this.queue = queue;
        this.clock = clock;
        this.horizon = horizon;
    }

    /** A participant's place changed: confirmed, waitlisted (at {@code position}), promoted or withdrawn. */
    public void seat(MailKind kind, UUID eventId, Instant occurredAt, UUID cohortId, String participantId,
                     Integer position) {
        make(kind, Audience.ofSeat(participantId), eventId.toString(), new About(cohortId, null, position, null, null),
                occurredAt, true);
    }

    /** A session was scheduled, moved or cancelled: a meeting mail to the cohort's participants and facilitators. */
    public void session(MailKind kind, UUID eventId, Instant occurredAt, SessionDetails session) {
        if (!Audience.upcoming(session, clock.instant())) {
            return;
        }
        make(kind, Audience.ofSession(rosters.of(session.cohortId())), eventId.toString(),
                new About(session.cohortId(), null, null, session, null), occurredAt, true);
    }

    /** A session's reminder is due: one per recipient and reminder plan, however often this is called. */
    public void reminder(SessionDetails session, long planVersion) {
        make(MailKind.SESSION_REMINDER, Audience.ofSession(rosters.of(session.cohortId())),
                "reminder:" + session.sessionId() + ":" + planVersion,
                new About(session.cohortId(), null, null, session, null), clock.instant(), false);
    }

    /** Someone gave feedback on an intervention: its owners hear that there is feedback, never what it says. */
    public void feedback(UUID eventId, Instant occurredAt, UUID interventionId, UUID cohortId, List<String> ownerIds) {
        make(MailKind.FEEDBACK_RECEIVED, Audience.ofFeedback(ownerIds), eventId.toString(),
                new About(cohortId, interventionId, null, null, null), occurredAt, true);
    }

    /** The cohort completed: those who took part are asked to evaluate it. */
    public void cohortCompleted(UUID eventId, Instant occurredAt, UUID cohortId) {
        make(MailKind.COHORT_COMPLETED, Audience.ofCompletion(rosters.of(cohortId)), eventId.toString(),
                About.cohort(cohortId), occurredAt, true);
    }

    /** Someone on an organiser's list was invited: the invitation goes to the list's address. */
    public void invitation(UUID eventId, Instant occurredAt, UUID invitationId, UUID cohortId, String email,
                           String name, String token, Instant expiresAt) {
        Instant now = clock.instant();
        if (!Audience.recent(occurredAt, now, horizon) || expiresAt != null && !expiresAt.isAfter(now)
                || email == null || email.isBlank() || token == null || rosters.expiredSince(cohortId, occurredAt)) {
            return;
        }
        About about = new About(cohortId, null, null, null, new Invitee(invitationId, email.strip(), name, token,
                expiresAt));
        add(List.of(Mail.pending(eventId + ":" + invitationId, MailKind.INVITATION, null, about, now)));
    }

    private void make(MailKind kind, List<String> people, String cause, About about, Instant occurredAt,
                      boolean mustBeRecent) {
        Instant now = clock.instant();
        if (people.isEmpty() || mustBeRecent && !Audience.recent(occurredAt, now, horizon)
                || about.cohortId() != null && rosters.expiredSince(about.cohortId(), occurredAt)) {
            return;
        }
        List<String> reachable = people.stream().filter(p -> !erased.erasedSince(p, occurredAt)).toList();
        List<String> wanting = Audience.wanting(kind, reachable, preferences.findAll(reachable));
        add(wanting.stream().map(p -> Mail.pending(cause + ":" + p, kind, p, about, now)).toList());
    }

    private void add(List<Mail> made) {
        if (!made.isEmpty() && mails.addAll(made) > 0) {
            queue.wake();
        }
    }
}
