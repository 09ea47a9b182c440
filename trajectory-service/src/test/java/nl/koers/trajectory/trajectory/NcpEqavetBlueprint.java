package nl.koers.trajectory.trajectory;

import java.util.List;
import java.util.UUID;

/**
 * The four sessions of NCP EQAVET's development trajectory as the seed text describes them, in domain form:
 * what the tests plan cohorts from. {@code fan} is the ten-insights-by-four-roles fan's instrument id.
 */
public final class NcpEqavetBlueprint {

    private NcpEqavetBlueprint() {
    }

    public static List<SessionBlueprint> sessions(UUID fan) {
        return List.of(
                new SessionBlueprint("Ontwikkelvragen verdiepen",
                        "Individuele ontwikkelvragen verdiepen; wie spelen welke rol, wie zijn er nog meer nodig?",
                        List.of(new AgendaItem(WorkForm.INTERVIEW, "Interviews over elkaars ontwikkelvraag", 45, null),
                                new AgendaItem(WorkForm.REFINEMENT_EXERCISE, "Verfijningsoefening", 30, null),
                                new AgendaItem(WorkForm.STAKEHOLDER_MAP, "Stakeholdermap van je vraag", 45, null))),
                new SessionBlueprint("Toegewezen rol en eigen invulling",
                        "Waarom kwaliteitsrichtlijnen aan onderwijsteams zijn toevertrouwd; factoren voor een gezonde kwaliteitscultuur",
                        List.of(new AgendaItem(WorkForm.OTHER, "De rol die je krijgt versus de invulling die je eraan geeft", 45, null),
                                new AgendaItem(WorkForm.OTHER, "Organisatievoorwaarden voor kwaliteitscultuur evalueren", 45, null))),
                new SessionBlueprint("Casussen, invloedsstijlen en aanpakplannen",
                        "Ingebrachte casussen bespreken met de tien inzichten x vier rollen waaier",
                        List.of(new AgendaItem(WorkForm.CASE_DISCUSSION, "Casussen van deelnemers", 45, null),
                                new AgendaItem(WorkForm.ROLE_FAN, "Tien inzichten x vier rollen", 30, fan),
                                new AgendaItem(WorkForm.INFLUENCE_STYLES, "Invloedsstijlen bewust inzetten", 30, null),
                                new AgendaItem(WorkForm.ACTION_PLANNING, "Aanpakplan of compacte interventie", 45, null))),
                new SessionBlueprint("Ervaringen delen en evalueren",
                        "Ervaringen met de interventies; feedback leidt tot vervolgstappen",
                        List.of(new AgendaItem(WorkForm.EXPERIENCE_SHARING, "Ervaringen met interventies", 60, null),
                                new AgendaItem(WorkForm.EVALUATION, "Evaluatie van het traject", 30, null))));
    }
}
