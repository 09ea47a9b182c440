package nl.koers.trajectory.report;

import java.util.Set;

/**
 * Who asks for a report: organisers and admins ({@code manages}) read every trajectory's figures in full;
 * coalition users read the trajectories of their coalitions, aggregates only.
 */
public record ReportViewer(boolean manages, boolean coalition, Set<String> coalitions) {

    public ReportViewer {
        coalitions = Set.copyOf(coalitions);
    }

    boolean mayRead(Set<String> ownerCoalitions) {
        return manages || (coalition && ownerCoalitions.stream().anyMatch(coalitions::contains));
    }

    Suppression suppression() {
        return manages ? Suppression.none() : Suppression.forAggregatesOnly();
    }
}
