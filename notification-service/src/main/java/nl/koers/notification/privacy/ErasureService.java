package nl.koers.notification.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.defaults.privacy.ErasedParticipants;
import nl.koers.events.NotificationDataErased;
import nl.koers.notification.audit.AuditTrail;
import nl.koers.notification.cohort.Rosters;
import nl.koers.notification.mail.Mails;
import nl.koers.notification.preference.PreferenceStore;
import nl.koers.notification.recipient.Recipients;

/**
 * Erases what notification-service holds about a participant when they ask (or an admin asks for them), and the
 * mails about a cohort once its retention period is over. Nothing here is anyone else's record, so everything of
 * theirs goes rather than being anonymised: their address and name (profile copy and sign-in), their preferences,
 * every mail to them, sent or waiting, and their place in the cohort rosters.
 *
 * <p>The participant is recorded as erased first, so a late fact about them that a listener handles at the same
 * moment (a profile, an enrolment) is skipped rather than written back; every step deletes by the participant's id,
 * so an erasure interrupted half-way is simply done again.
 */
public class ErasureService {

    private final Erasures erasures;
    private final ErasedParticipants erasedParticipants;
    private final Recipients recipients;
    private final PreferenceStore preferences;
    private final Mails mails;
    private final Rosters rosters;
    private final Clock clock;

    public ErasureService(Erasures erasures, ErasedParticipants erasedParticipants, Recipients recipients,
                          PreferenceStore preferences, Mails mails, Rosters rosters, Clock clock) {
        this.erasures = erasures;
        this.erasedParticipants = erasedParticipants;
        this.recipients = recipients;
        this.preferences = preferences;
        this.mails = mails;
        this.rosters = rosters;
        this.clock = clock;
    }

    /**
     * Erases {@code participantId} for erasure {@code erasureId} and announces it with {@link NotificationDataErased}
     * and an audit entry, in one write. A request delivered again after it finished erases nothing new (what the
     * participant did since is new activity) and announces again, without a second audit entry.
     */
    public void erase(UUID erasureId, String participantId) {
        Instant now = clock.instant();
        if (erasures.begin(erasureId, now)) {
            erasures.announce(erasureId, List.of(erased(erasureId, now)));
            return;
        }
        erasedParticipants.record(participantId, now);
        recipients.delete(participantId);
        preferences.delete(participantId);
        mails.deleteOf(participantId);
        rosters.removeMember(participantId);
        Instant done = clock.instant();
        // The audit trail is kept for good, so the entry names the erasure, never the participant.
        erasures.finish(erasureId, done, List.of(erased(erasureId, done), AuditTrail.system(done, "participant.erased",
                "erasure", erasureId.toString(), null, Map.of("erasureId", erasureId.toString()))));
    }

    /**
     * The end of a cohort's retention period: its mails go (invitations included), and its participants leave the
     * roster; facts about them from before now are not recorded any more. Once.
     */
    public void expire(UUID cohortId, LocalDate endedOn, int retentionMonths) {
        Instant now = clock.instant();
        if (!erasures.beginExpiry(cohortId, now)) {
            return;
        }
        rosters.expire(cohortId, now);
        mails.deleteAbout(cohortId);
        Instant done = clock.instant();
        erasures.finishExpiry(cohortId, done, List.of(AuditTrail.system(done, "cohort.personal-data-expired",
                "cohort", cohortId.toString(), cohortId, Map.of("endedOn", String.valueOf(endedOn),
                        "retentionMonths", String.valueOf(retentionMonths)))));
    }

    private static NotificationDataErased erased(UUID erasureId, Instant at) {
        return new NotificationDataErased(UUID.randomUUID(), at, erasureId);
    }
}
