package nl.koers.trajectory.question;

import java.util.Set;
import java.util.UUID;

/**
 * Who asks to read development questions, with what decides it: the cohorts they facilitate and those in
 * which they hold a confirmed seat. Roles do not enter into it, so an organiser, who is neither, reads none.
 */
public record QuestionReader(String userId, Set<UUID> facilitatedCohorts, Set<UUID> confirmedCohorts) {

    public QuestionReader {
        facilitatedCohorts = Set.copyOf(facilitatedCohorts);
        confirmedCohorts = Set.copyOf(confirmedCohorts);
    }
}
