package nl.koers.notification.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.koers.notification.cohort.MemberStatus;
import nl.koers.notification.cohort.Roster;
import nl.koers.notification.preference.Preferences;
import nl.koers.notification.session.SessionDetails;

/**
 * Who gets which mail. The seat mails go to the participant whose place changed; a session's mails and reminder
 * to the cohort's confirmed participants and its facilitators; feedback to the intervention's owners (never the
 * giver, whom the fact does not name); a completed cohort to those who took part to the end (confirmed or
 * completed). A person who turned the mail's topic off gets none, except the seat mails and invitations. Facts
 * older than the service's horizon make no mail at all, and a session that is over gets no more mail.
 */
public final class Audience {

    private static final Set<MemberStatus> TAKING_PART = EnumSet.of(MemberStatus.CONFIRMED);
    private static final Set<MemberStatus> TOOK_PART = EnumSet.of(MemberStatus.CONFIRMED, MemberStatus.COMPLETED);

    private Audience() {
    }

    public static List<String> ofSeat(String participantId) {
        return participantId == null || participantId.isBlank() ? List.of() : List.of(participantId);
    }

    /** Confirmed participants first, then the facilitators; each person once. */
    public static List<String> ofSession(Roster roster) {
        Set<String> people = new LinkedHashSet<>(roster.participants(TAKING_PART));
        people.addAll(roster.facilitatorIds());
        return List.copyOf(people);
    }

    /** The owners when the feedback was given; none for a record written before it named them. */
    public static List<String> ofFeedback(List<String> ownerIds) {
        if (ownerIds == null) {
            return List.of();
        }
        return ownerIds.stream().filter(Objects::nonNull).filter(id -> !id.isBlank()).distinct().toList();
    }

    public static List<String> ofCompletion(Roster roster) {
        return roster.participants(TOOK_PART);
    }

    /** Those of {@code people} whose preferences let {@code kind} through (the defaults when they stored none). */
    public static List<String> wanting(MailKind kind, List<String> people, Map<String, Preferences> stored) {
        List<String> wanting = new ArrayList<>();
        for (String person : people) {
            Preferences preferences = stored.getOrDefault(person, Preferences.defaults(person));
            if (preferences.wants(kind.topic())) {
                wanting.add(person);
            }
        }
        return wanting;
    }

    /**
     * Whether a fact is recent enough to mail about. A new instance, or one stopped for long, reads its topics from
     * where it left off (or from the start): it must not mail about last year's enrolments.
     */
    public static boolean recent(Instant occurredAt, Instant now, Duration horizon) {
        return occurredAt != null && !occurredAt.isBefore(now.minus(horizon));
    }

    /** A session's change is news while the session is not over. */
    public static boolean upcoming(SessionDetails session, Instant now) {
        Instant end = session.endsAt() != null ? session.endsAt() : session.startsAt();
        return end != null && end.isAfter(now);
    }
}
