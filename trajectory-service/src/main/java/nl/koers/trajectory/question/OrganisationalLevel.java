package nl.koers.trajectory.question;

/** Where in (or outside) the organisation a stakeholder sits, from the own team up to the board. */
public enum OrganisationalLevel {
    TEAM, DEPARTMENT, INSTITUTION, BOARD, EXTERNAL
}
