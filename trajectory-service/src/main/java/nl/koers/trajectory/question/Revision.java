package nl.koers.trajectory.question;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a development question: its text and scope, the session in which it was refined (null for
 * one written outside a session) and the participant's note on what changed. Revisions are numbered from 1.
 */
public record Revision(int number, String text, QuestionScope scope, UUID sessionId, String note, Instant createdAt) {
}
