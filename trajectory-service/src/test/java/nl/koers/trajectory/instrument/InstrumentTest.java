package nl.koers.trajectory.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import nl.koers.defaults.problem.InvalidRequest;
import org.junit.jupiter.api.Test;

class InstrumentTest {

    private static final Instant NOW = Instant.parse("2025-09-01T09:00:00Z");

    /** LOCK's "Draagvlak Samen Opleiden bij leidinggevenden": four steps; steps 1 and 4 differ for new schools. */
    static List<RouteStep> lockSteps() {
        return List.of(
                new RouteStep("Informeren", "Wat Samen Opleiden is en vraagt", List.of(
                        new Card("Wat weet de schoolleiding al van het partnerschap?", List.of("Kennismaking plannen"), Audience.NEW_SCHOOLS),
                        new Card("Wat is er veranderd sinds de school aansloot?", List.of(), Audience.EXISTING_SCHOOLS))),
                new RouteStep("Urgentie creëren", "", List.of(
                        new Card("Welk belang ziet de schoolleiding bij het lerarentekort?", List.of("Studenten boeien en binden"), Audience.ALL))),
                new RouteStep("Eigenaarschap creëren", "", List.of(
                        new Card("Wie in het management wordt eigenaar?", List.of(), null))),
                new RouteStep("Implementeren", "", List.of(
                        new Card("Hoe is de facilitering geregeld?", List.of(), Audience.NEW_SCHOOLS),
                        new Card("Hoe borgen we wat er al loopt?", List.of(), Audience.EXISTING_SCHOOLS),
                        new Card("Wanneer kijken we samen terug?", List.of(), Audience.ALL))));
    }

    @Test
    void aRouteMapShowsEachAudienceItsOwnVariantOfTheSteps() {
        Instrument map = Instrument.create(InstrumentKind.ROUTE_MAP, "Draagvlak Samen Opleiden bij leidinggevenden",
                "Routekaart met gesprekskaarten", List.of(), lockSteps(), "organiser", NOW);

        Instrument forNewSchools = map.forVariant(Audience.NEW_SCHOOLS);

        assertThat(forNewSchools.steps()).extracting(RouteStep::title)
                .containsExactly("Informeren", "Urgentie creëren", "Eigenaarschap creëren", "Implementeren");
        assertThat(forNewSchools.steps().getFirst().cards()).extracting(Card::question)
                .containsExactly("Wat weet de schoolleiding al van het partnerschap?");
        assertThat(map.forVariant(Audience.EXISTING_SCHOOLS).steps().getLast().cards()).extracting(Card::question)
                .containsExactly("Hoe borgen we wat er al loopt?", "Wanneer kijken we samen terug?");
        assertThat(map.forVariant(null).steps().getLast().cards()).hasSize(3);
        assertThat(map.steps().get(2).cards().getFirst().audience()).isEqualTo(Audience.ALL);
    }

    @Test
    void eachKindHasItsShape() {
        List<Card> cards = List.of(new Card("Wie is bij deze kwaliteitssituatie betrokken?",
                List.of("Docent", "Teamleider", "Kwaliteitszorg", "Directie"), Audience.ALL));

        assertThat(Instrument.create(InstrumentKind.CARD_SET, "Tien inzichten x vier rollen", "", cards, List.of(),
                "organiser", NOW).cards()).hasSize(1);
        assertThatThrownBy(() -> Instrument.create(InstrumentKind.CARD_SET, "Leeg", "", List.of(), List.of(), "o", NOW))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("card set");
        assertThatThrownBy(() -> Instrument.create(InstrumentKind.ROUTE_MAP, "Kaart", "", cards, lockSteps(), "o", NOW))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("route map");
        assertThatThrownBy(() -> Instrument.create(InstrumentKind.OTHER, "Model", " ", List.of(), List.of(), "o", NOW))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("OTHER");
        assertThatThrownBy(() -> new Card("?", java.util.Collections.nCopies(21, "tip"), Audience.ALL))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("20");
    }
}
