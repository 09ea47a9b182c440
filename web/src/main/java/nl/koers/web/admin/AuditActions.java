package nl.koers.web.admin;

import java.util.List;

/**
 * The actions the audit trail knows a text for ({@code audit.action.<code>}), offered in the filter. The trail
 * can hold others (a service may audit something new before the web app has a text for it): those show as
 * their code, and filtering by one still works from the entry's link.
 */
final class AuditActions {

    static final List<String> KNOWN = List.of(
            "trajectory.created", "trajectory.revised",
            "cohort.planned", "cohort.opened", "cohort.closed", "cohort.completed", "cohort.cancelled",
            "cohort.personal-data-expired",
            "session.planned", "session.revised", "session.rescheduled", "session.cancelled",
            "attendance.recorded", "enrolment.withdrawn", "instrument.created",
            "reflection-prompts.replaced", "evaluation-items.configured", "role-fan.defined", "feedback.given",
            "participant.exported", "erasure.requested", "participant.erased", "erasure.completed", "mail.resent");

    /** The services that keep an audit trail, as the API names them. */
    static final List<String> SERVICES = List.of("enrolment", "trajectory", "reflection", "notification");

    private AuditActions() {
    }
}
