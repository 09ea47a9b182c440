package nl.koers.trajectory;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.koers.defaults.privacy.ErasedParticipants;

/**
 * The former id a record gets when a fact about an erased participant arrives after the erasure (a late or
 * replayed enrolment fact): derived from the enrolment, not from the person, so that it links to nobody, and the
 * same at every redelivery, so that applying the fact twice stays harmless. Erasure itself uses one random
 * {@link ErasedParticipants#formerParticipant()} for all of a participant's records.
 */
public final class FormerParticipants {

    private FormerParticipants() {
    }

    public static String ofEnrolment(UUID enrolmentId) {
        return ErasedParticipants.FORMER_PREFIX
                + UUID.nameUUIDFromBytes(("enrolment:" + enrolmentId).getBytes(StandardCharsets.UTF_8));
    }
}
