package nl.koers.enrolment.participant;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.defaults.problem.Conflict;
import nl.koers.defaults.problem.NotFound;
import nl.koers.enrolment.enrolment.Applicant;
import nl.koers.enrolment.enrolment.ApplicantDirectory;
import org.springframework.stereotype.Service;

/** A participant's own profile, and the applicant details enrolment takes from it. */
@Service
public class ParticipantService implements ApplicantDirectory {

    private static final int MAX_ATTEMPTS = 20;

    private final Participants participants;
    private final OutboxRelay outboxRelay;
    private final Clock clock;

    ParticipantService(Participants participants, OutboxRelay outboxRelay, Clock clock) {
        this.participants = participants;
        this.outboxRelay = outboxRelay;
        this.clock = clock;
    }

    public ParticipantProfile profile(String participantId) {
        return participants.find(participantId).orElseThrow(() -> new NotFound("profile-not-found",
                "Profile not found", "You have not filled in your profile yet (PUT /api/participants/me)."));
    }

    /** Creates or changes the profile; saving the same details again changes nothing and publishes nothing. */
    public ParticipantProfile save(String participantId, ParticipantProfile.Details details) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<ParticipantProfile> existing = participants.find(participantId);
            if (existing.isEmpty()) {
                ParticipantProfile first = ParticipantProfile.first(participantId, details, clock.instant());
                if (participants.insert(first)) {
                    outboxRelay.publishSoon(Participants.COLLECTION, participantId);
                    return first;
                }
                continue;
            }
            Optional<ParticipantProfile> changed = existing.get().change(details, clock.instant());
            if (changed.isEmpty()) {
                return existing.get();
            }
            if (participants.save(changed.get())) {
                outboxRelay.publishSoon(Participants.COLLECTION, participantId);
                return changed.get();
            }
        }
        throw new Conflict("concurrent-change", "Changed by someone else",
                "Your profile was changed at the same time; fetch it and try again.");
    }

    /**
     * Fills in a first profile for a participant who has none (from an invitation list), publishing it like any
     * profile; a profile they have, or saved at this same moment, is kept as it is.
     */
    public ParticipantProfile fillIn(String participantId, ParticipantProfile.Details details) {
        Optional<ParticipantProfile> existing = participants.find(participantId);
        if (existing.isPresent()) {
            return existing.get();
        }
        ParticipantProfile first = ParticipantProfile.first(participantId, details, clock.instant());
        if (participants.insert(first)) {
            outboxRelay.publishSoon(Participants.COLLECTION, participantId);
            return first;
        }
        return participants.find(participantId).orElseThrow();
    }

    /** The participant's profile, or empty when they have none (never filled in, or erased). */
    public Optional<ParticipantProfile> find(String participantId) {
        return participants.find(participantId);
    }

    /**
     * Deletes the profile, with the events it had not published yet: an erased participant's name must not go out
     * after all. The caller sends the tombstones for the compacted topic in its own write (see {@code Erasure}).
     *
     * @return whether there was a profile
     */
    public boolean delete(String participantId) {
        return participants.delete(participantId);
    }

    /** The addresses in these participants' profiles, as they wrote them; those without a profile are left out. */
    public List<String> emailsOf(Collection<String> participantIds) {
        return participants.findAll(participantIds).stream().map(ParticipantProfile::email).toList();
    }

    @Override
    public Optional<Applicant> applicant(String participantId) {
        return participants.find(participantId)
                .map(p -> new Applicant(p.participantId(), p.displayName(), p.institution()));
    }
}
