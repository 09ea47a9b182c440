package nl.koers.trajectory.roster.web;

import nl.koers.trajectory.roster.RosterEntry;

/** A participant on a cohort's roster as the API shows it. */
record RosterEntryView(String participantId, String displayName, String institution, String status) {

    static RosterEntryView of(RosterEntry entry) {
        return new RosterEntryView(entry.participantId(), entry.displayName(), entry.institution(),
                entry.status().name());
    }
}
