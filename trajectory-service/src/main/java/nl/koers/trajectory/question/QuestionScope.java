package nl.koers.trajectory.question;

/** Whose challenge a development question is: the participant's own, or their team's (where the seeds see them move). */
public enum QuestionScope {
    INDIVIDUAL, TEAM
}
