package nl.koers.enrolment.privacy;

import java.time.Instant;
import java.util.UUID;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.events.AuditEntry;
import org.springframework.stereotype.Service;

/** The audit trail of all four services, collected from their privacy topics, read by admins. */
@Service
public class AuditTrail {

    private final AuditLog log;

    AuditTrail(AuditLog log) {
        this.log = log;
    }

    /** Keeps an audited action; the same fact delivered again is kept once. */
    public void record(UUID eventId, Instant occurredAt, String service, AuditEntry entry) {
        log.append(AuditRecord.of(eventId, occurredAt, service, entry));
    }

    public PageView<AuditRecord> search(AuditQuery query, Paging paging) {
        return log.search(query, paging);
    }
}
