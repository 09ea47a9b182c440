package nl.koers.notification.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.events.DomainEvent;

/** The mails: queue and history in one collection. */
public interface Mails {

    /** Stores the mails whose dedupe key is new; answers how many were new. */
    int addAll(List<Mail> mails);

    /** Ids of mails that may be claimed at {@code now}: due and pending, or claimed by a sender whose lease ran out. */
    List<UUID> claimable(Instant now, int limit);

    /**
     * Claims mail {@code id} for {@code lease} if it is still claimable: one atomic update, so of several senders
     * (threads or instances) exactly one gets it. {@code claim} marks this sender's hold on it.
     */
    Optional<Mail> claim(UUID id, UUID claim, Instant now, Duration lease);

    /** The SMTP server took it. An invitation's address, name and token are dropped in the same update. */
    void sent(UUID id, UUID claim, Instant at, String subject, String language);

    /** An attempt failed; the mail waits until {@code nextAttemptAt}. */
    void retryLater(UUID id, UUID claim, int attempts, Instant nextAttemptAt, String error);

    /** The last attempt failed: the mail is a dead letter. */
    void failed(UUID id, UUID claim, int attempts, Instant at, String error);

    /** Makes {@code recipientId}'s waiting mails due now: their address just became known. */
    int dueNowFor(String recipientId, Instant now);

    Optional<Mail> find(UUID id);

    /** {@code recipientId}'s mails, newest first. */
    PageView<Mail> of(String recipientId, Paging paging);

    /** Every mail to {@code recipientId}, oldest first. */
    List<Mail> allOf(String recipientId);

    /** The dead letters, the latest failure first. */
    PageView<Mail> failed(Paging paging);

    /** Makes a dead letter pending again, due now, with {@code events} in the same write; empty when it is not dead. */
    Optional<Mail> resend(UUID id, Instant now, List<? extends DomainEvent> events);

    /** Deletes every mail to {@code recipientId}, sent or not. */
    void deleteOf(String recipientId);

    /** Deletes every mail about cohort {@code cohortId}, invitations included. */
    void deleteAbout(UUID cohortId);

    /** Deletes the invitation's mail if it was not sent: the invitation was accepted or expired meanwhile. */
    void withdrawInvitation(UUID invitationId);
}
