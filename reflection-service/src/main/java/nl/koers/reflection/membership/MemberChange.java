package nl.koers.reflection.membership;

import java.util.UUID;

/**
 * A participant's new place in a cohort. {@code rosterVersion} orders every change of one cohort's roster,
 * so the projection keeps a change only if it is newer than what it holds.
 */
public record MemberChange(UUID cohortId, String participantId, UUID enrolmentId, MemberStatus status,
                           long rosterVersion) {
}
