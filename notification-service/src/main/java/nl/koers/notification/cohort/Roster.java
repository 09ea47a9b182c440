package nl.koers.notification.cohort;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What this service knows of one cohort: its facilitators (trajectory-service) and its participants' places
 * (enrolment-service), each a moment after it changed there.
 *
 * @param status        the cohort's status (PLANNED, OPEN, CLOSED, COMPLETED, CANCELLED); null while unknown
 * @param facilitatorIds in the order trajectory-service lists them
 */
public record Roster(UUID cohortId, String status, List<String> facilitatorIds, Map<String, MemberStatus> members) {

    public Roster {
        facilitatorIds = List.copyOf(facilitatorIds);
        members = Map.copyOf(members);
    }

    public static Roster unknown(UUID cohortId) {
        return new Roster(cohortId, null, List.of(), Map.of());
    }

    /** The participants whose place is {@code one of statuses}, sorted so mails are made in a stable order. */
    public List<String> participants(Set<MemberStatus> statuses) {
        return members.entrySet().stream().filter(e -> statuses.contains(e.getValue())).map(Map.Entry::getKey)
                .sorted().collect(Collectors.toList());
    }
}
