package nl.koers.enrolment.invitation;

import java.util.Optional;
import java.util.UUID;
import nl.koers.events.DomainEvent;

/** Where uploaded lists are kept; implemented in {@code persistence}. */
public interface InvitationUploads {

    String collection();

    /** Stores a new upload with its audit entry in the same write. */
    void insert(InvitationUpload upload, DomainEvent audit);

    Optional<InvitationUpload> find(UUID id);

    /** Marks it CONFIRMED with its audit entry, if it is still CHECKED; false if another confirmation came first. */
    boolean confirm(InvitationUpload confirmed, DomainEvent audit);

    /** Takes name, address, institution and function off the cohort's rows with this address (an erasure). */
    void eraseRows(UUID cohortId, String address);

    /** Deletes every upload of the cohort (its retention ended). */
    long deleteOfCohort(UUID cohortId);
}
