package nl.koers.trajectory.trajectory;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.events.DomainEvent;
import nl.koers.events.TrajectoryCreated;
import nl.koers.events.TrajectoryActionAudited;
import nl.koers.events.TrajectoryRevised;

/**
 * A programme definition such as NCP EQAVET's development trajectory: what it is called, which body
 * organises it, which coalitions co-own it, and optionally its session blueprint: the ordered sessions every
 * cohort runs, so that planning a cohort's sessions is one step. Cohorts are its runs. It checks its own
 * invariants, so a trajectory that exists is always valid, whichever door it came in by. An organiser can revise
 * it; every revision raises its version, so two organisers editing at once cannot overwrite each other unseen.
 */
public final class Trajectory {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 5000;
    static final int MAX_ORGANISER = 200;
    static final int MAX_COALITIONS = 20;
    static final int MAX_COALITION_ID = 100;
    static final int MAX_BLUEPRINT_SESSIONS = 20;
    static final Pattern COALITION_ID = Pattern.compile("[a-z0-9-]+");

    private final UUID id;
    private final String title;
    private final String description;
    private final String organiser;
    private final List<String> coalitionIds;
    private final Instant createdAt;
    private final String createdBy;
    private final List<SessionBlueprint> sessionBlueprint;
    private final Integer retentionMonths;
    private final long version;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private Trajectory(UUID id, Definition definition, Instant createdAt, String createdBy, long version) {
        this.id = id;
        this.title = definition.title();
        this.description = definition.description();
        this.organiser = definition.organiser();
        this.coalitionIds = List.copyOf(definition.coalitionIds());
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.sessionBlueprint = List.copyOf(definition.sessionBlueprint());
        this.retentionMonths = definition.retentionMonths();
        this.version = version;
    }

    /** Creates a trajectory and records that it was created. */
    public static Trajectory create(String title, String description, String organiser, List<String> coalitionIds,
                                    List<SessionBlueprint> sessionBlueprint, Integer retentionMonths,
                                    String createdBy, Instant now) {
        Definition definition = Definition.of(title, description, organiser, coalitionIds, sessionBlueprint,
                retentionMonths);
        // Stored with millisecond precision, so the answer to the create request matches later reads.
        Instant createdAt = now.truncatedTo(ChronoUnit.MILLIS);
        Trajectory trajectory = new Trajectory(UUID.randomUUID(), definition, createdAt, createdBy, 1);
        trajectory.pendingEvents.add(new TrajectoryCreated(UUID.randomUUID(), createdAt, trajectory.id,
                trajectory.organiser, trajectory.coalitionIds));
        return trajectory;
    }

    /**
     * Replaces what the trajectory is: title, description, organiser, coalitions, blueprint and how long its
     * cohorts keep personal data (null: the default), checked as on
     * creation. Cohorts already planned keep the sessions they scheduled; the blueprint counts for sessions
     * scheduled from now on. Other services hear of it when the organiser or the coalitions changed, since those
     * decide who reads the trajectory's reports.
     */
    public Trajectory revise(String title, String description, String organiser, List<String> coalitionIds,
                             List<SessionBlueprint> sessionBlueprint, Integer retentionMonths, Instant now) {
        Definition definition = Definition.of(title, description, organiser, coalitionIds, sessionBlueprint,
                retentionMonths);
        Trajectory revised = new Trajectory(id, definition, createdAt, createdBy, version + 1);
        if (!revised.organiser.equals(this.organiser) || !revised.coalitionIds.equals(this.coalitionIds)) {
            revised.pendingEvents.add(new TrajectoryRevised(UUID.randomUUID(), now.truncatedTo(ChronoUnit.MILLIS), id,
                    revised.version, revised.organiser, revised.coalitionIds));
        }
        return revised;
    }

    /** Rebuilds a stored trajectory; no events, it already exists. */
    public static Trajectory restore(UUID id, String title, String description, String organiser,
                                     List<String> coalitionIds, Instant createdAt, String createdBy,
                                     List<SessionBlueprint> sessionBlueprint, Integer retentionMonths, long version) {
        return new Trajectory(id, new Definition(title, description, organiser, coalitionIds, sessionBlueprint,
                retentionMonths), createdAt, createdBy, version);
    }

    /**
     * The names of what a revision changed compared with {@code before}, in a fixed order: what its audit entry
     * says, without any of the values (titles and descriptions are free text).
     */
    public List<String> changedSince(Trajectory before) {
        List<String> changed = new ArrayList<>();
        if (!title.equals(before.title)) {
            changed.add("title");
        }
        if (!description.equals(before.description)) {
            changed.add("description");
        }
        if (!organiser.equals(before.organiser)) {
            changed.add("organiser");
        }
        if (!coalitionIds.equals(before.coalitionIds)) {
            changed.add("coalitionIds");
        }
        if (!sessionBlueprint.equals(before.sessionBlueprint)) {
            changed.add("sessionBlueprint");
        }
        if (!java.util.Objects.equals(retentionMonths, before.retentionMonths)) {
            changed.add("retentionMonths");
        }
        return changed;
    }

    /** Adds an audit entry to the events stored with this change. */
    public void audit(TrajectoryActionAudited entry) {
        pendingEvents.add(entry);
    }

    /** What an organiser defines, checked: the same rules whether the trajectory is new or revised. */
    private record Definition(String title, String description, String organiser, List<String> coalitionIds,
                              List<SessionBlueprint> sessionBlueprint, Integer retentionMonths) {

        static Definition of(String title, String description, String organiser, List<String> coalitionIds,
                             List<SessionBlueprint> sessionBlueprint, Integer retentionMonths) {
            String cleanTitle = required("title", title, MAX_TITLE);
            String cleanOrganiser = required("organiser", organiser, MAX_ORGANISER);
            String cleanDescription = description == null ? "" : description.strip();
            if (cleanDescription.length() > MAX_DESCRIPTION) {
                throw invalid("The description is longer than " + MAX_DESCRIPTION + " characters.");
            }
            List<String> coalitions = coalitionIds == null ? List.of() : coalitionIds.stream().distinct().toList();
            if (coalitions.size() > MAX_COALITIONS) {
                throw invalid("A trajectory belongs to at most " + MAX_COALITIONS + " coalitions.");
            }
            for (String coalition : coalitions) {
                if (coalition == null || coalition.length() > MAX_COALITION_ID
                        || !COALITION_ID.matcher(coalition).matches()) {
                    throw invalid("Coalition id '" + coalition + "' must be 1 to " + MAX_COALITION_ID
                            + " lowercase letters, digits or hyphens.");
                }
            }
            List<SessionBlueprint> blueprint = sessionBlueprint == null ? List.of() : sessionBlueprint;
            if (blueprint.size() > MAX_BLUEPRINT_SESSIONS) {
                throw invalid("A session blueprint has at most " + MAX_BLUEPRINT_SESSIONS + " sessions.");
            }
            if (blueprint.stream().anyMatch(java.util.Objects::isNull)) {
                throw invalid("A session of the blueprint is missing.");
            }
            return new Definition(cleanTitle, cleanDescription, cleanOrganiser, coalitions, blueprint,
                    Retention.checked(retentionMonths));
        }
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw invalid("The " + field + " must not be blank.");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw invalid("The " + field + " is longer than " + max + " characters.");
        }
        return stripped;
    }

    private static InvalidRequest invalid(String detail) {
        return new InvalidRequest("invalid-trajectory", "Invalid trajectory", detail);
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String organiser() {
        return organiser;
    }

    public List<String> coalitionIds() {
        return coalitionIds;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    /** Raised by one with every revision; 1 when created. */
    public long version() {
        return version;
    }

    /** The sessions every cohort of this trajectory runs, in order; empty when there is no blueprint. */
    public List<SessionBlueprint> sessionBlueprint() {
        return sessionBlueprint;
    }

    /**
     * How many months after a cohort ended its participants' personal data is kept, as the organiser set it;
     * null when they did not and Koers's default counts ({@link Retention#effectiveMonths}).
     */
    public Integer retentionMonths() {
        return retentionMonths;
    }

    /** Every instrument the blueprint's agendas use. */
    public List<UUID> instrumentIds() {
        return sessionBlueprint.stream().flatMap(s -> s.agenda().stream()).map(AgendaItem::instrumentId)
                .filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** Events caused by changes not yet stored; the repository writes them with the state. */
    public List<DomainEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
