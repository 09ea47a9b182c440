package nl.koers.events;

import java.util.List;

/** The facts enrolment-service publishes. */
final class EnrolmentEventTypes {

    static final List<EventCatalog.Entry> ENTRIES = List.of(
            new EventCatalog.Entry(ParticipantProfileUpdated.class, "nl.koers.enrolment.ParticipantProfileUpdated.v1", Topics.ENROLMENT_PARTICIPANTS),
            new EventCatalog.Entry(EnrolmentConfirmed.class, "nl.koers.enrolment.EnrolmentConfirmed.v1", Topics.ENROLMENT_ENROLMENTS),
            new EventCatalog.Entry(EnrolmentWaitlisted.class, "nl.koers.enrolment.EnrolmentWaitlisted.v1", Topics.ENROLMENT_ENROLMENTS),
            new EventCatalog.Entry(EnrolmentPromoted.class, "nl.koers.enrolment.EnrolmentPromoted.v1", Topics.ENROLMENT_ENROLMENTS),
            new EventCatalog.Entry(EnrolmentWithdrawn.class, "nl.koers.enrolment.EnrolmentWithdrawn.v1", Topics.ENROLMENT_ENROLMENTS),
            new EventCatalog.Entry(EnrolmentCompleted.class, "nl.koers.enrolment.EnrolmentCompleted.v1", Topics.ENROLMENT_ENROLMENTS));

    private EnrolmentEventTypes() {
    }
}
