package nl.koers.enrolment.invitation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where each cohort's invitations are kept, one document per cohort; implemented in {@code persistence}. */
public interface CohortInvitationsStore {

    String collection();

    Optional<CohortInvitations> find(UUID cohortId);

    Optional<CohortInvitations> findByTokenHash(String tokenHash);

    List<CohortInvitations> findAcceptedBy(String participantId);

    /**
     * Stores the change with its events and tombstones if nobody changed the cohort's invitations since they were
     * read (version 0: if nobody stored any yet); false otherwise.
     */
    boolean save(CohortInvitations invitations);
}
