package nl.koers.enrolment.privacy;

import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;

/** The append-only audit trail: entries are added once and never changed or removed. */
public interface AuditLog {

    /** Adds the entry unless one with its id is there already (a redelivery); false then. */
    boolean append(AuditRecord record);

    /** Newest first. */
    PageView<AuditRecord> search(AuditQuery query, Paging paging);
}
