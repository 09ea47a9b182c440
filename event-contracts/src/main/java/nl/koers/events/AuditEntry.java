package nl.koers.events;

import java.util.Map;

/**
 * What one audited action was: who did it, what and to which record. It names records by id and carries no private
 * text (never a reflection, a question, feedback or a motivation): {@code details} hold the changed settings' names
 * and, for non-personal settings such as a capacity or a date, their new values.
 *
 * @param actorId    the subject of the token that did it, or {@code system} for what Koers did by itself (retention)
 * @param actorRole  {@code organiser}, {@code facilitator}, {@code admin}, {@code participant} or {@code system}
 * @param action     what happened, {@code <record type>.<past tense>}, e.g. {@code cohort.opened}
 * @param recordType the kind of record, e.g. {@code cohort}, {@code session}, {@code erasure}
 * @param recordId   the record's id
 * @param cohortId   the cohort it belongs to, when it belongs to one; else null
 * @param details    short, non-private facts about the change (may be empty)
 */
public record AuditEntry(String actorId, String actorRole, String action, String recordType, String recordId,
                         String cohortId, Map<String, String> details) {

    public static final String SYSTEM = "system";
}
