package nl.koers.enrolment.privacy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;

/** Where erasure requests are kept. Each change is one conditional write of its document, with its outbox. */
public interface Erasures {

    Optional<Erasure> find(UUID id);

    /** The participant's request that is still pending; there is at most one. */
    Optional<Erasure> pendingFor(String participantDigest);

    /** The participant's most recent request, pending or completed. */
    Optional<Erasure> latestFor(String participantDigest);

    /** Stores a new request; false when the participant has a pending one already (stored meanwhile). */
    boolean insert(Erasure erasure);

    /** Stores a change if nobody changed the request since it was read; false otherwise. */
    boolean save(Erasure erasure);

    /** Newest first; of one participant when {@code participantDigest} is given, of one status when given. */
    PageView<Erasure> page(Optional<String> participantDigest, Optional<Erasure.Status> status, Paging paging);

    /** Every request of the participant, newest first, for their export. */
    List<Erasure> allFor(String participantDigest);

    /** The name of the collection, for the outbox relay. */
    String collection();
}
