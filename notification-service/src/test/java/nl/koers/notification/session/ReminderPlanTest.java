package nl.koers.notification.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** When a session's reminder goes out, without Spring. */
class ReminderPlanTest {

    private static final Duration LEAD = Duration.ofHours(24);
    private static final Instant NOW = Instant.parse("2027-01-05T09:00:00Z");
    private static final Instant START = Instant.parse("2027-01-12T13:30:00Z");
    private static final UUID SESSION = UUID.randomUUID();

    private final ReminderPlan plan = new ReminderPlan(LEAD);

    @Test
    void aScheduledSessionIsRemindedOfTheLeadBeforeItStarts() {
        ReminderPlan.Decision decision = plan.after(null, null, session(START, 1, false), NOW);

        assertThat(decision).isEqualTo(new ReminderPlan.Plan(Reminder.planned(1, START.minus(LEAD))));
    }

    @Test
    void aSessionScheduledCloserToItsStartThanTheLeadGetsNoReminder() {
        Instant soon = NOW.plus(LEAD).minusSeconds(1);
        assertThat(plan.after(null, null, session(soon, 1, false), NOW)).isInstanceOf(ReminderPlan.Drop.class);
    }

    @Test
    void aSessionScheduledExactlyTheLeadBeforeItStartsGetsItsReminderNow() {
        Instant atLead = NOW.plus(LEAD);
        assertThat(plan.after(null, null, session(atLead, 1, false), NOW))
                .isEqualTo(new ReminderPlan.Plan(Reminder.planned(1, NOW)));
    }

    @Test
    void aMovedSessionIsRemindedAgainForItsNewTimeEvenWhenTheOldReminderWasSent() {
        Reminder sent = new Reminder(1, START.minus(LEAD), Reminder.State.DONE);
        Instant later = START.plus(Duration.ofDays(7));

        ReminderPlan.Decision decision = plan.after(sent, START, session(later, 2, false), START.minus(Duration.ofHours(2)));

        assertThat(decision).isEqualTo(new ReminderPlan.Plan(Reminder.planned(2, later.minus(LEAD))));
    }

    @Test
    void aSessionMovedToWithinTheLeadLosesItsReminder() {
        Reminder planned = Reminder.planned(1, START.minus(LEAD));
        Instant tomorrowMorning = NOW.plus(Duration.ofHours(20));

        assertThat(plan.after(planned, START, session(tomorrowMorning, 2, false), NOW))
                .isInstanceOf(ReminderPlan.Drop.class);
    }

    @Test
    void aChangeOfPlaceOnlyKeepsTheReminderAsItIsSentOrNot() {
        Reminder sent = new Reminder(1, START.minus(LEAD), Reminder.State.DONE);
        assertThat(plan.after(sent, START, session(START, 2, false), START.minus(Duration.ofHours(1))))
                .isInstanceOf(ReminderPlan.Keep.class);
    }

    @Test
    void aCancelledSessionHasNoReminder() {
        Reminder planned = Reminder.planned(1, START.minus(LEAD));
        assertThat(plan.after(planned, START, session(START, 2, true), NOW)).isInstanceOf(ReminderPlan.Drop.class);
    }

    @Test
    void noReminderGoesOutOnceTheSessionStarted() {
        assertThat(ReminderPlan.stillWorthSending(session(START, 1, false), START.minusSeconds(1))).isTrue();
        assertThat(ReminderPlan.stillWorthSending(session(START, 1, false), START)).isFalse();
        assertThat(ReminderPlan.stillWorthSending(session(START, 1, true), NOW)).isFalse();
    }

    private static SessionDetails session(Instant start, long version, boolean cancelled) {
        return new SessionDetails(SESSION, UUID.randomUUID(), 1, start, start.plus(Duration.ofHours(3)), "Startbijeenkomst",
                "ROC Midden", null, cancelled, version);
    }
}
