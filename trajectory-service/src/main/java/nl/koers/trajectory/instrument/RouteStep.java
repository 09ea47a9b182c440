package nl.koers.trajectory.instrument;

import java.util.List;

/** One step of a route map, such as LOCK's "urgentie creëren", with what it is for and its cards. */
public record RouteStep(String title, String purpose, List<Card> cards) {

    static final int MAX_TITLE = 200;
    static final int MAX_PURPOSE = 2000;
    static final int MAX_CARDS = 30;

    public RouteStep {
        title = InstrumentRules.text("step title", title, MAX_TITLE, true);
        purpose = InstrumentRules.text("step purpose", purpose, MAX_PURPOSE, false);
        cards = InstrumentRules.list("cards of a step", cards, MAX_CARDS);
    }

    /** This step as one audience sees it: the cards for everyone and the ones for that audience. */
    public RouteStep forVariant(Audience variant) {
        return new RouteStep(title, purpose, cards.stream().filter(c -> c.audience().belongsTo(variant)).toList());
    }
}
