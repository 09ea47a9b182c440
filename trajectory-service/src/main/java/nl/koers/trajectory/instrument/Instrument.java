package nl.koers.trajectory.instrument;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * A reusable tool that sessions use and work groups produce, such as LOCK's route map with conversation cards
 * or NCP EQAVET's ten-insights-by-four-roles fan. Its shape follows its kind: a card set has cards and no
 * steps, a route map has ordered steps (each with cards) and no loose cards. Instruments are reference
 * material, not personal data, and publish no events.
 */
public final class Instrument {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 5000;
    static final int MAX_CARDS = 100;
    static final int MAX_STEPS = 20;

    private final UUID id;
    private final InstrumentKind kind;
    private final String title;
    private final String description;
    private final List<Card> cards;
    private final List<RouteStep> steps;
    private final String createdBy;
    private final Instant createdAt;

    private Instrument(UUID id, InstrumentKind kind, String title, String description, List<Card> cards,
                       List<RouteStep> steps, String createdBy, Instant createdAt) {
        this.id = id;
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.cards = List.copyOf(cards);
        this.steps = List.copyOf(steps);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public static Instrument create(InstrumentKind kind, String title, String description, List<Card> cards,
                                    List<RouteStep> steps, String createdBy, Instant now) {
        if (kind == null) {
            throw InstrumentRules.invalid("An instrument needs a kind: CARD_SET, ROUTE_MAP or OTHER.");
        }
        String cleanTitle = InstrumentRules.text("title", title, MAX_TITLE, true);
        String cleanDescription = InstrumentRules.text("description", description, MAX_DESCRIPTION, false);
        List<Card> cleanCards = InstrumentRules.list("cards", cards, MAX_CARDS);
        List<RouteStep> cleanSteps = InstrumentRules.list("steps", steps, MAX_STEPS);
        switch (kind) {
            case CARD_SET -> {
                if (cleanCards.isEmpty() || !cleanSteps.isEmpty()) {
                    throw InstrumentRules.invalid("A card set has at least one card and no steps.");
                }
            }
            case ROUTE_MAP -> {
                if (cleanSteps.isEmpty() || !cleanCards.isEmpty()) {
                    throw InstrumentRules.invalid("A route map has at least one step and keeps its cards in its steps.");
                }
            }
            case OTHER -> {
                if (cleanDescription.isEmpty() || !cleanSteps.isEmpty()) {
                    throw InstrumentRules.invalid("An instrument of kind OTHER is described in words and has no steps.");
                }
            }
        }
        return new Instrument(UUID.randomUUID(), kind, cleanTitle, cleanDescription, cleanCards, cleanSteps,
                createdBy, now.truncatedTo(ChronoUnit.MILLIS));
    }

    public static Instrument restore(UUID id, InstrumentKind kind, String title, String description, List<Card> cards,
                                     List<RouteStep> steps, String createdBy, Instant createdAt) {
        return new Instrument(id, kind, title, description, cards, steps, createdBy, createdAt);
    }

    /** The instrument as one audience uses it: only the cards meant for everyone or for that audience. */
    public Instrument forVariant(Audience variant) {
        return new Instrument(id, kind, title, description,
                cards.stream().filter(c -> c.audience().belongsTo(variant)).toList(),
                steps.stream().map(s -> s.forVariant(variant)).toList(), createdBy, createdAt);
    }

    public UUID id() {
        return id;
    }

    public InstrumentKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public List<Card> cards() {
        return cards;
    }

    public List<RouteStep> steps() {
        return steps;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
