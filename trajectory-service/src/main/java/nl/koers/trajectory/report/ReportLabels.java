package nl.koers.trajectory.report;

import java.util.Locale;
import java.util.Map;

/**
 * The words a CSV report shows, in Dutch (the users' language, see domain.md) or English. Unknown names
 * (an evaluation item's key) are shown as they are.
 */
final class ReportLabels {

    private static final Map<String, String> DUTCH = Map.ofEntries(
            Map.entry("header.section", "Onderdeel"), Map.entry("header.figure", "Kengetal"),
            Map.entry("header.key", "Groep"), Map.entry("header.value", "Waarde"),
            Map.entry("report", "Rapportage"), Map.entry("scope", "Soort"), Map.entry("id", "Id"),
            Map.entry("from", "Van"), Map.entry("to", "Tot en met"),
            Map.entry("minimumGroupSize", "Kleinste getoonde groep"),
            Map.entry("COHORT", "Deelnemersgroep"), Map.entry("TRAJECTORY", "Traject"), Map.entry("COALITION", "Coalitie"),
            Map.entry("cohorts", "Deelnemersgroepen"), Map.entry("total", "Totaal"), Map.entry("completed", "Afgerond"),
            Map.entry("participation", "Deelname"), Map.entry("enrolled", "Ingeschreven (met plaats)"),
            Map.entry("confirmed", "Bevestigd, nog bezig"), Map.entry("waitlisted", "Op de wachtlijst"),
            Map.entry("withdrawn", "Afgemeld"), Map.entry("completionRate", "Afrondingspercentage (EQAVET 4)"),
            Map.entry("bySector", "Per sector (EQAVET 3)"), Map.entry("byInstitution", "Per instelling (EQAVET 3)"),
            Map.entry("other", "overig"), Map.entry("unknown", "onbekend"),
            Map.entry("sessions", "Bijeenkomsten"), Map.entry("held", "Gehouden"), Map.entry("cancelled", "Geannuleerd"),
            Map.entry("planned", "Gepland"), Map.entry("attendanceRate", "Aanwezigheid"),
            Map.entry("attendanceRatePerSession", "Aanwezigheid per bijeenkomst"),
            Map.entry("developmentQuestions", "Ontwikkelvragen"), Map.entry("logged", "Opgesteld"),
            Map.entry("averageRefinements", "Gemiddeld aantal aanscherpingen"),
            Map.entry("becameTeamQuestions", "Teamvraag geworden"), Map.entry("teamQuestionShare", "Aandeel teamvragen"),
            Map.entry("interventions", "Interventies"), Map.entry("carriedOut", "Uitgevoerd"),
            Map.entry("withFeedback", "Met feedback"), Map.entry("actionPlans", "Aanpakplannen"),
            Map.entry("compact", "Compacte interventies"), Map.entry("reflections", "Reflecties"),
            Map.entry("written", "Geschreven"), Map.entry("casesAnalysed", "Casussen geanalyseerd"),
            Map.entry("evaluation", "Evaluatie"), Map.entry("responses", "Aantal reacties"),
            Map.entry("averagePerItem", "Gemiddelde per vraag"));

    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("header.section", "Section"), Map.entry("header.figure", "Figure"),
            Map.entry("header.key", "Group"), Map.entry("header.value", "Value"),
            Map.entry("report", "Report"), Map.entry("minimumGroupSize", "Smallest group shown"),
            Map.entry("total", "Total"), Map.entry("enrolled", "Enrolled (held a seat)"),
            Map.entry("confirmed", "Confirmed, in progress"), Map.entry("completionRate", "Completion rate (EQAVET 4)"),
            Map.entry("bySector", "By sector (EQAVET 3)"), Map.entry("byInstitution", "By institution (EQAVET 3)"),
            Map.entry("attendanceRatePerSession", "Attendance rate per session"),
            Map.entry("developmentQuestions", "Development questions"),
            Map.entry("becameTeamQuestions", "Became team questions"),
            Map.entry("COHORT", "Cohort"), Map.entry("TRAJECTORY", "Trajectory"), Map.entry("COALITION", "Coalition"));

    private final boolean dutch;

    ReportLabels(Locale locale) {
        this.dutch = locale != null && "nl".equals(locale.getLanguage());
    }

    boolean dutch() {
        return dutch;
    }

    /** A section, figure or report word. */
    String of(String name) {
        if (name == null) {
            return "";
        }
        if (dutch) {
            return DUTCH.getOrDefault(name, name);
        }
        String english = ENGLISH.get(name);
        if (english != null) {
            return english;
        }
        // camelCase names read as words in English: "carriedOut" becomes "Carried out".
        String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A breakdown's group: shown as it is (a sector, an institution), except the groups reports name themselves. */
    String group(String key) {
        if (key == null) {
            return "";
        }
        boolean own = key.equals(Suppression.OTHER) || key.equals(CohortTally.UNKNOWN);
        return own && dutch ? DUTCH.get(key) : key;
    }
}
