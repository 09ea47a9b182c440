package nl.koers.trajectory;

import java.util.List;
import java.util.Map;

/** Request bodies taken from the seed texts: NCP EQAVET's four sessions, its role fan, and LOCK's route map. */
public final class SeedRequests {

    private SeedRequests() {
    }

    public static Map<String, Object> tenInsightsFan() {
        return Map.of("kind", "CARD_SET", "title", "Tien inzichten x vier rollen",
                "description", "Voor verschillende kwaliteitssituaties: wie is betrokken en wat kan elke rol bijdragen?",
                "cards", List.of(Map.of("question", "Wie binnen de organisatie is bij deze kwaliteitssituatie betrokken?",
                        "suggestions", List.of("Docent", "Teamleider", "Kwaliteitszorg", "Directie"))));
    }

    public static Map<String, Object> lockRouteMap() {
        return Map.of("kind", "ROUTE_MAP", "title", "Draagvlak Samen Opleiden bij leidinggevenden",
                "description", "Routekaart en gesprekskaarten uit het LOCK-traject",
                "steps", List.of(
                        Map.of("title", "Informeren", "cards", List.of(
                                Map.of("question", "Wat weet de schoolleiding al van het partnerschap?", "audience", "NEW_SCHOOLS"),
                                Map.of("question", "Wat is er veranderd sinds de school aansloot?", "audience", "EXISTING_SCHOOLS"))),
                        Map.of("title", "Urgentie creëren", "cards", List.of(
                                Map.of("question", "Welk belang ziet de schoolleiding bij het lerarentekort?",
                                        "suggestions", List.of("Studenten boeien en binden")))),
                        Map.of("title", "Eigenaarschap creëren", "cards", List.of(
                                Map.of("question", "Wie in het management wordt eigenaar?"))),
                        Map.of("title", "Implementeren", "cards", List.of(
                                Map.of("question", "Hoe is de facilitering geregeld?", "audience", "NEW_SCHOOLS"),
                                Map.of("question", "Hoe borgen we wat er al loopt?", "audience", "EXISTING_SCHOOLS")))));
    }

    public static List<Map<String, Object>> ncpEqavetBlueprint(String fanId) {
        return List.of(
                Map.of("title", "Ontwikkelvragen verdiepen",
                        "theme", "Individuele ontwikkelvragen verdiepen; stakeholdermap: wie zijn er nog meer nodig?",
                        "agenda", List.of(item("INTERVIEW", "Interviews over elkaars ontwikkelvraag", 45),
                                item("REFINEMENT_EXERCISE", "Verfijningsoefening", 30),
                                item("STAKEHOLDER_MAP", "Stakeholdermap van je vraag", 45))),
                Map.of("title", "Toegewezen rol en eigen invulling",
                        "theme", "Waarom kwaliteitsrichtlijnen aan onderwijsteams zijn toevertrouwd; gezonde kwaliteitscultuur",
                        "agenda", List.of(item("OTHER", "De rol die je krijgt versus de invulling die je eraan geeft", 45),
                                item("OTHER", "Organisatievoorwaarden voor kwaliteitscultuur evalueren", 45))),
                Map.of("title", "Casussen, invloedsstijlen en aanpakplannen",
                        "theme", "Casussen bespreken met de tien inzichten x vier rollen waaier",
                        "agenda", List.of(item("CASE_DISCUSSION", "Casussen van deelnemers", 45),
                                Map.of("workForm", "ROLE_FAN", "title", "Tien inzichten x vier rollen", "minutes", 30,
                                        "instrumentId", fanId),
                                item("INFLUENCE_STYLES", "Invloedsstijlen bewust inzetten", 30),
                                item("ACTION_PLANNING", "Aanpakplan of compacte interventie", 45))),
                Map.of("title", "Ervaringen delen en evalueren",
                        "theme", "Ervaringen met de interventies; feedback leidt tot vervolgstappen",
                        "agenda", List.of(item("EXPERIENCE_SHARING", "Ervaringen met interventies", 60),
                                item("EVALUATION", "Evaluatie van het traject", 30))));
    }

    /** One slot per blueprint session, a week apart from {@code firstStart} (ISO instant), three hours each. */
    public static Map<String, Object> weeklySlots(java.time.Instant firstStart, int count) {
        return Map.of("slots", java.util.stream.IntStream.range(0, count).mapToObj(i -> {
            java.time.Instant start = firstStart.plus(java.time.Duration.ofDays(7L * i));
            return Map.<String, Object>of("startsAt", start.toString(),
                    "endsAt", start.plus(java.time.Duration.ofHours(3)).toString(),
                    "place", "ROC Midden Nederland, Utrecht");
        }).toList());
    }

    private static Map<String, Object> item(String workForm, String title, int minutes) {
        return Map.of("workForm", workForm, "title", title, "minutes", minutes);
    }
}
