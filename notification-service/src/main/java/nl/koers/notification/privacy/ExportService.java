package nl.koers.notification.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.koers.events.DomainEvent;
import nl.koers.notification.audit.AuditTrail;
import nl.koers.notification.mail.Mails;
import nl.koers.notification.preference.PreferenceStore;
import nl.koers.notification.preference.Preferences;
import nl.koers.notification.recipient.Recipients;

/**
 * A participant's export of what notification-service holds about them. The export is a read that changes
 * nothing, so its audit entry belongs to no record's write: it is published on its own, through a standalone
 * outbox document, before the export is answered.
 */
public class ExportService {

    private final Recipients recipients;
    private final PreferenceStore preferences;
    private final Mails mails;
    private final Consumer<List<? extends DomainEvent>> publishAlone;
    private final Clock clock;

    public ExportService(Recipients recipients, PreferenceStore preferences, Mails mails,
                         Consumer<List<? extends DomainEvent>> publishAlone, Clock clock) {
        this.recipients = recipients;
        this.preferences = preferences;
        this.mails = mails;
        this.publishAlone = publishAlone;
        this.clock = clock;
    }

    public NotificationExport export(String participantId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Optional<Preferences> stored = preferences.find(participantId);
        NotificationExport export = new NotificationExport(participantId, now,
                recipients.find(participantId).orElse(null),
                stored.orElseGet(() -> Preferences.defaults(participantId)), stored.isPresent(),
                mails.allOf(participantId));
        publishAlone.accept(List.of(AuditTrail.participant(participantId, now, "participant.exported",
                Map.of("part", "notification"))));
        return export;
    }
}
