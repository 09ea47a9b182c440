package nl.koers.trajectory.question;

/** How a stakeholder stands towards the question, as the participant sees it. */
public enum Stance {
    SUPPORTER, NEUTRAL, CRITIC, UNKNOWN
}
