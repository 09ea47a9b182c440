package nl.koers.reflection.casus;

/** In a case's analysis: a role involved in the quality situation and what it can contribute. */
public record RoleContribution(String roleKey, String roleLabel, String contribution) {

    public static final int MAX_CONTRIBUTION = 2_000;
}
