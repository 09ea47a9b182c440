package nl.koers.web.organise;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.koers.web.organise.OrganiseModels.BlueprintSession;
import nl.koers.web.organise.OrganiseModels.Trajectory;
import org.springframework.validation.Errors;

/**
 * A trajectory as its form holds it: the details and the session blueprint, sessions with their agenda rows.
 * Rows are added and removed with submit buttons, so the form works without JavaScript; a session or agenda row
 * left wholly empty is no row. The limits are trajectory-service's (TrajectoryRequest, SessionBlueprint,
 * AgendaItem), repeated so that every message is in the reader's language and beside its field; those that
 * depend on whether a row is used are checked by {@link #check(Errors)}.
 *
 * @param coalitionIds the coalitions' ids as typed: separated by commas, spaces or new lines
 * @param retentionMonths how long a cohort's personal data is kept after it ends, as typed; empty for Koers' default
 * @param version      the version the form was read at, sent back as If-Match; null for a new trajectory
 */
record TrajectoryForm(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String title,
        @Size(max = 5_000, message = "{validation.size.max}") String description,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String organiser,
        String coalitionIds,
        String retentionMonths,
        @Valid List<SessionRow> sessionBlueprint,
        Long version) {

    static final int MAX_SESSIONS = 20;
    static final int MAX_AGENDA_ITEMS = 30;
    static final int MAX_COALITIONS = 20;
    static final int MAX_COALITION_ID = 100;
    static final int MAX_MINUTES = 480;
    /** trajectory-service keeps personal data 1 to 120 months after a cohort ends; without a choice, its default. */
    static final int MIN_RETENTION = 1;
    static final int MAX_RETENTION = 120;
    static final int DEFAULT_RETENTION = 24;
    /** The agenda rows a new session starts with; more are a button away. */
    static final int EMPTY_AGENDA_ROWS = 2;

    TrajectoryForm {
        sessionBlueprint = sessionBlueprint == null ? List.of()
                : sessionBlueprint.stream().map(s -> s == null ? SessionRow.empty() : s).toList();
    }

    /** A session of the blueprint as the form holds it. */
    record SessionRow(@Size(max = 200, message = "{validation.size.max}") String title,
                      @Size(max = 2_000, message = "{validation.size.max}") String theme,
                      @Valid List<AgendaRow> agenda) {

        SessionRow {
            agenda = agenda == null ? List.of() : agenda.stream().map(a -> a == null ? AgendaRow.EMPTY : a).toList();
        }

        static SessionRow empty() {
            return new SessionRow("", "", java.util.Collections.nCopies(EMPTY_AGENDA_ROWS, AgendaRow.EMPTY));
        }

        boolean isEmpty() {
            return Moments.blank(title) && Moments.blank(theme) && agenda.stream().allMatch(AgendaRow::isEmpty);
        }

        SessionRow withAgenda(List<AgendaRow> rows) {
            return new SessionRow(title, theme, rows);
        }
    }

    /** One part of a session's agenda: a work form, what happens, how many minutes, and an instrument if any. */
    record AgendaRow(String workForm, @Size(max = 200, message = "{validation.size.max}") String title,
                     String minutes, String instrumentId) {

        static final AgendaRow EMPTY = new AgendaRow("", "", "", "");

        boolean isEmpty() {
            return Moments.blank(workForm) && Moments.blank(title) && Moments.blank(minutes) && Moments.blank(instrumentId);
        }
    }

    static TrajectoryForm empty() {
        return new TrajectoryForm("", "", "", "", "", List.of(SessionRow.empty()), null);
    }

    /** The trajectory as it is now, to revise. */
    static TrajectoryForm of(Trajectory trajectory) {
        List<SessionRow> sessions = trajectory.sessionBlueprint().stream().map(TrajectoryForm::row).toList();
        return new TrajectoryForm(trajectory.title(), trajectory.description(), trajectory.organiser(),
                String.join(", ", trajectory.coalitionIds()),
                Boolean.TRUE.equals(trajectory.retentionIsDefault()) || trajectory.retentionMonths() == null ? ""
                        : String.valueOf(trajectory.retentionMonths()), sessions.isEmpty() ? List.of(SessionRow.empty()) : sessions,
                trajectory.version());
    }

    private static SessionRow row(BlueprintSession session) {
        return new SessionRow(session.title(), session.theme(), session.agenda().stream()
                .map(a -> new AgendaRow(a.workForm(), a.title(), String.valueOf(a.minutes()),
                        a.instrumentId() == null ? "" : a.instrumentId().toString())).toList());
    }

    TrajectoryForm withSessions(List<SessionRow> rows) {
        return new TrajectoryForm(title, description, organiser, coalitionIds, retentionMonths, rows, version);
    }

    TrajectoryForm withVersion(long newVersion) {
        return new TrajectoryForm(title, description, organiser, coalitionIds, retentionMonths, sessionBlueprint, newVersion);
    }

    TrajectoryForm withSessionAdded() {
        List<SessionRow> rows = new ArrayList<>(sessionBlueprint);
        if (rows.size() < MAX_SESSIONS) {
            rows.add(SessionRow.empty());
        }
        return withSessions(rows);
    }

    TrajectoryForm withSessionRemoved(int index) {
        List<SessionRow> rows = new ArrayList<>(sessionBlueprint);
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
        return withSessions(rows);
    }

    TrajectoryForm withAgendaRowAdded(int session) {
        return changeAgenda(session, rows -> {
            if (rows.size() < MAX_AGENDA_ITEMS) {
                rows.add(AgendaRow.EMPTY);
            }
        });
    }

    TrajectoryForm withAgendaRowRemoved(int session, int item) {
        return changeAgenda(session, rows -> {
            if (item >= 0 && item < rows.size()) {
                rows.remove(item);
            }
        });
    }

    private TrajectoryForm changeAgenda(int session, java.util.function.Consumer<List<AgendaRow>> change) {
        if (session < 0 || session >= sessionBlueprint.size()) {
            return this;
        }
        List<SessionRow> sessions = new ArrayList<>(sessionBlueprint);
        List<AgendaRow> agenda = new ArrayList<>(sessions.get(session).agenda());
        change.accept(agenda);
        sessions.set(session, sessions.get(session).withAgenda(agenda));
        return withSessions(sessions);
    }

    /**
     * What the annotations cannot say: the coalitions' ids, and the rows that are used being whole.
     *
     * @param knownInstruments the instruments there are; null when they could not be read (the API then checks)
     */
    void check(Errors errors, Set<UUID> knownInstruments) {
        Set<String> coalitions = coalitions();
        if (coalitions.size() > MAX_COALITIONS) {
            errors.rejectValue("coalitionIds", "organise.trajectory.coalitions.tooMany", new Object[] {MAX_COALITIONS}, null);
        } else if (coalitions.stream().anyMatch(id -> id.length() > MAX_COALITION_ID || !id.matches("[a-z0-9-]+"))) {
            errors.rejectValue("coalitionIds", "organise.trajectory.coalitions.invalid");
        }
        if (!Moments.blank(retentionMonths) && retention() == null) {
            errors.rejectValue("retentionMonths", "organise.trajectory.retention.invalid",
                    new Object[] {MIN_RETENTION, MAX_RETENTION, DEFAULT_RETENTION}, null);
        }
        if (sessionBlueprint.stream().filter(s -> !s.isEmpty()).count() > MAX_SESSIONS) {
            errors.rejectValue("sessionBlueprint", "organise.blueprint.tooMany", new Object[] {MAX_SESSIONS}, null);
        }
        for (int i = 0; i < sessionBlueprint.size(); i++) {
            SessionRow session = sessionBlueprint.get(i);
            if (session.isEmpty()) {
                continue;
            }
            String path = "sessionBlueprint[" + i + "]";
            if (Moments.blank(session.title())) {
                errors.rejectValue(path + ".title", "validation.required");
            }
            if (session.agenda().stream().filter(a -> !a.isEmpty()).count() > MAX_AGENDA_ITEMS) {
                errors.rejectValue(path + ".agenda", "organise.agenda.tooMany", new Object[] {MAX_AGENDA_ITEMS}, null);
            }
            for (int j = 0; j < session.agenda().size(); j++) {
                checkAgendaRow(errors, path + ".agenda[" + j + "]", session.agenda().get(j), knownInstruments);
            }
        }
    }

    private static void checkAgendaRow(Errors errors, String path, AgendaRow row, Set<UUID> knownInstruments) {
        if (row.isEmpty()) {
            return;
        }
        if (Moments.blank(row.workForm()) || !OrganiseModels.WORK_FORMS.contains(row.workForm())) {
            errors.rejectValue(path + ".workForm", "validation.choose");
        }
        Integer minutes = minutes(row.minutes());
        if (minutes == null) {
            errors.rejectValue(path + ".minutes", "organise.agenda.minutes", new Object[] {MAX_MINUTES}, null);
        }
        UUID instrument = uuid(row.instrumentId());
        if (!Moments.blank(row.instrumentId())
                && (instrument == null || knownInstruments != null && !knownInstruments.contains(instrument))) {
            errors.rejectValue(path + ".instrumentId", "organise.agenda.instrument.unknown");
        }
    }

    /** The trajectory as the API takes it (POST and PUT alike); only after {@link #check} found nothing. */
    Request toRequest() {
        List<BlueprintSessionRequest> sessions = sessionBlueprint.stream().filter(s -> !s.isEmpty())
                .map(s -> new BlueprintSessionRequest(s.title().strip(), strip(s.theme()), s.agenda().stream()
                        .filter(a -> !a.isEmpty())
                        .map(a -> new AgendaItemRequest(a.workForm(), strip(a.title()), minutes(a.minutes()), uuid(a.instrumentId())))
                        .toList()))
                .toList();
        return new Request(title.strip(), strip(description), organiser.strip(), List.copyOf(coalitions()), sessions,
                retention());
    }

    /** The body of {@code POST /api/trajectories} and {@code PUT /api/trajectories/{id}} (TrajectoryRequest). */
    record Request(String title, String description, String organiser, List<String> coalitionIds,
                   List<BlueprintSessionRequest> sessionBlueprint, Integer retentionMonths) {
    }

    record BlueprintSessionRequest(String title, String theme, List<AgendaItemRequest> agenda) {
    }

    record AgendaItemRequest(String workForm, String title, Integer minutes, UUID instrumentId) {
    }

    /** The coalitions' ids as typed, each once, in the order given. */
    Set<String> coalitions() {
        if (Moments.blank(coalitionIds)) {
            return Set.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        Arrays.stream(coalitionIds.strip().split("[\\s,;]+")).filter(id -> !id.isBlank()).forEach(ids::add);
        return ids;
    }

    /** How many sessions the blueprint holds once empty rows are left out, to say so beside a conflict. */
    long sessionCount() {
        return sessionBlueprint.stream().filter(s -> !s.isEmpty()).count();
    }

    /** The months as typed, when they are a whole number the API takes; null when empty or not. */
    private Integer retention() {
        if (Moments.blank(retentionMonths)) {
            return null;
        }
        try {
            int months = Integer.parseInt(retentionMonths.strip());
            return months >= MIN_RETENTION && months <= MAX_RETENTION ? months : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer minutes(String value) {
        if (Moments.blank(value)) {
            return null;
        }
        try {
            int minutes = Integer.parseInt(value.strip());
            return minutes >= 1 && minutes <= MAX_MINUTES ? minutes : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static UUID uuid(String value) {
        if (Moments.blank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strip(String value) {
        return Objects.requireNonNullElse(value, "").strip();
    }

    /** The instruments' ids, for {@link #check}. */
    static Set<UUID> ids(List<OrganiseModels.Instrument> instruments) {
        Set<UUID> ids = new java.util.HashSet<>();
        instruments.forEach(i -> ids.add(i.id()));
        return ids;
    }
}
