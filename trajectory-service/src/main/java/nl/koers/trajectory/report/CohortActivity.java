package nl.koers.trajectory.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.koers.events.AttendanceRecorded;
import nl.koers.events.CaseAnalysed;
import nl.koers.events.InvitationEvent;
import nl.koers.events.NotificationPrivacyEvent;
import nl.koers.events.CohortCancelled;
import nl.koers.events.CohortClosed;
import nl.koers.events.CohortCompleted;
import nl.koers.events.CohortFacts;
import nl.koers.events.CohortOpened;
import nl.koers.events.CohortPlanned;
import nl.koers.events.CohortRetentionExpired;
import nl.koers.events.DevelopmentQuestionLogged;
import nl.koers.events.DevelopmentQuestionRefined;
import nl.koers.events.DevelopmentQuestionVisibilityChanged;
import nl.koers.events.DomainEvent;
import nl.koers.events.EnrolmentCompleted;
import nl.koers.events.EnrolmentConfirmed;
import nl.koers.events.EnrolmentPrivacyEvent;
import nl.koers.events.EnrolmentPromoted;
import nl.koers.events.EnrolmentWaitlisted;
import nl.koers.events.EnrolmentWithdrawn;
import nl.koers.events.EvaluationSubmitted;
import nl.koers.events.FeedbackGiven;
import nl.koers.events.InterventionCarriedOut;
import nl.koers.events.InterventionPlanned;
import nl.koers.events.ParticipantProfileUpdated;
import nl.koers.events.ReflectionPrivacyEvent;
import nl.koers.events.ReflectionWritten;
import nl.koers.events.TrajectoryPrivacyEvent;
import nl.koers.events.SessionCancelled;
import nl.koers.events.SessionFacts;
import nl.koers.events.SessionRescheduled;
import nl.koers.events.SessionScheduled;
import nl.koers.events.StakeholderMapUpdated;
import nl.koers.events.TrajectoryCreated;
import nl.koers.events.TrajectoryRevised;

/**
 * What the reports know of one cohort, built from the facts of three services and kept as one document so
 * that one conditional write stores a batch of its events. Applying is idempotent and order-independent:
 * versioned facts keep the highest version (cohort, enrolment, session, attendance, question, profile), facts
 * that only ever become true are kept as flags (a seat once taken, an intervention carried out, feedback given),
 * and evaluations, which carry no version and no identity, are deduplicated on their event id. Only ids,
 * statuses and counts are kept: never a name or a text.
 * <p>
 * Completing the cohort freezes its figures: a fact that happened after the completion ({@code occurredAt}
 * later than CohortCompleted's) no longer changes them, whenever it arrives. Two kinds still count, because
 * they belong to the completion: the EnrolmentCompleted facts the completion itself causes, and evaluation
 * responses, which open after the last session and so mostly arrive after it. A participant's profile is
 * frozen the same way, so a change of school next year does not rewrite this year's report. (A fact from after
 * the completion that is delivered before the completion itself has already been counted; a reordering across
 * topics that wide is not expected within one cohort.)
 */
public final class CohortActivity {

    /** How anonymised records name a participant (see ErasedParticipants in service-defaults). */
    static final String FORMER_PREFIX = "former-";

    /**
     * One enrolment: its newest status, whether it ever held a seat (then it counts as enrolled), and the
     * participant's profile (sector, institution, its version) as it stood when the cohort was completed, or the
     * newest while it runs. Enrolment facts carry no institution since their version 2: only the profile says
     * where someone works.
     */
    public record Enrolment(long version, String status, boolean seated, String participantId,
                            long profileVersion, String sector, String profileInstitution) {

        /**
         * An enrolment's participant never changes, so the one first stored stays: an enrolment anonymised by an
         * erasure or by retention keeps its former id whatever later fact about it arrives.
         */
        Enrolment withFacts(long newVersion, String newStatus, boolean newSeated, String newParticipantId) {
            return new Enrolment(newVersion, newStatus, newSeated,
                    participantId != null ? participantId : newParticipantId, profileVersion, sector,
                    profileInstitution);
        }

        Enrolment withProfile(ReportProfile profile) {
            return new Enrolment(version, status, seated, participantId, profile.profileVersion(),
                    profile.sector(), profile.institution());
        }

        /** The same enrolment without who it was: a former id, the sector kept, the institution only if asked. */
        Enrolment anonymised(String formerId, boolean keepInstitution) {
            return new Enrolment(version, status, seated, formerId, profileVersion, sector,
                    keepInstitution ? profileInstitution : null);
        }
    }

    /** One session: its newest schedule status and its newest attendance (counts of marks only). */
    public record Session(long version, int sequence, String status, long attendanceVersion, int present, int marked) {
    }

    /** One development question: its newest revision and scope, and the scope it was logged with. */
    public record Question(long version, int revision, String scope, String loggedScope) {
    }

    /** One intervention: its kind once the plan is known (feedback may arrive first), carried out, with feedback. */
    public record Intervention(String kind, boolean carriedOut, boolean feedback) {
    }

    private final String cohortId;
    private String trajectoryId;
    private String status;
    private LocalDate startsOn;
    private long cohortVersion;
    private Instant completedAt;
    private final Map<String, Enrolment> enrolments;
    private final Map<String, Session> sessions;
    private final Map<String, Question> questions;
    private final Map<String, Intervention> interventions;
    private final Set<String> reflections;
    private final Set<String> cases;
    private final Set<String> evaluationIds;
    private final Map<String, Long> ratingSums;
    private final Map<String, Long> ratingCounts;

    public CohortActivity(String cohortId, String trajectoryId, String status, LocalDate startsOn, long cohortVersion,
                          Instant completedAt, Map<String, Enrolment> enrolments, Map<String, Session> sessions,
                          Map<String, Question> questions, Map<String, Intervention> interventions,
                          Set<String> reflections, Set<String> cases, Set<String> evaluationIds,
                          Map<String, Long> ratingSums, Map<String, Long> ratingCounts) {
        this.cohortId = cohortId;
        this.trajectoryId = trajectoryId;
        this.status = status;
        this.startsOn = startsOn;
        this.cohortVersion = cohortVersion;
        this.completedAt = completedAt;
        this.enrolments = new HashMap<>(enrolments);
        this.sessions = new HashMap<>(sessions);
        this.questions = new HashMap<>(questions);
        this.interventions = new HashMap<>(interventions);
        this.reflections = new HashSet<>(reflections);
        this.cases = new HashSet<>(cases);
        this.evaluationIds = new HashSet<>(evaluationIds);
        this.ratingSums = new HashMap<>(ratingSums);
        this.ratingCounts = new HashMap<>(ratingCounts);
    }

    public static CohortActivity empty(String cohortId) {
        return new CohortActivity(cohortId, null, null, null, 0, null, Map.of(), Map.of(), Map.of(), Map.of(), Set.of(),
                Set.of(), Set.of(), Map.of(), Map.of());
    }

    /** The cohort an event is about, or null when reports do not use it. */
    public static String cohortOf(DomainEvent event) {
        UUID id = switch (event) {
            case CohortPlanned e -> e.cohortId();
            case CohortOpened e -> e.cohortId();
            case CohortClosed e -> e.cohortId();
            case CohortCancelled e -> e.cohortId();
            case CohortCompleted e -> e.cohortId();
            // Retention changes no figure: the privacy feature anonymises the activity itself.
            case CohortRetentionExpired ignored -> null;
            case EnrolmentConfirmed e -> e.cohortId();
            case EnrolmentWaitlisted e -> e.cohortId();
            case EnrolmentPromoted e -> e.cohortId();
            case EnrolmentWithdrawn e -> e.cohortId();
            case EnrolmentCompleted e -> e.cohortId();
            case SessionScheduled e -> e.session().cohortId();
            case SessionRescheduled e -> e.session().cohortId();
            case SessionCancelled e -> e.session().cohortId();
            case AttendanceRecorded e -> e.cohortId();
            case DevelopmentQuestionLogged e -> e.cohortId();
            case DevelopmentQuestionRefined e -> e.cohortId();
            case DevelopmentQuestionVisibilityChanged e -> e.cohortId();
            case InterventionPlanned e -> e.cohortId();
            case InterventionCarriedOut e -> e.cohortId();
            case FeedbackGiven e -> e.cohortId();
            case ReflectionWritten e -> e.cohortId();
            case CaseAnalysed e -> e.cohortId();
            case EvaluationSubmitted e -> e.cohortId();
            // Not about one cohort: a trajectory's coalitions, a participant's profile, and the stakeholder map,
            // which the reports do not count.
            case TrajectoryCreated ignored -> null;
            case TrajectoryRevised ignored -> null;
            case ParticipantProfileUpdated ignored -> null;
            case StakeholderMapUpdated ignored -> null;
            // Privacy facts are not on the topics the reports read, and count for nothing.
            case EnrolmentPrivacyEvent ignored -> null;
            case TrajectoryPrivacyEvent ignored -> null;
            case ReflectionPrivacyEvent ignored -> null;
            case NotificationPrivacyEvent ignored -> null;
            // Invitations are not enrolments: an accepted one arrives as an enrolment fact.
            case InvitationEvent ignored -> null;
        };
        return id == null ? null : id.toString();
    }

    /** Takes one event about this cohort; a repeated or outdated one, or one after the completion, changes nothing. */
    public void apply(DomainEvent event) {
        if (event instanceof CohortCompleted e && e.occurredAt() != null
                && (completedAt == null || e.occurredAt().isBefore(completedAt))) {
            completedAt = e.occurredAt();
        }
        if (happenedAfterCompletion(event.occurredAt())
                && !(event instanceof EnrolmentCompleted || event instanceof EvaluationSubmitted
                || event instanceof CohortCompleted)) {
            return;
        }
        switch (event) {
            case CohortPlanned e -> cohort(e.cohortVersion(), e.cohort());
            case CohortOpened e -> cohort(e.cohortVersion(), e.cohort());
            case CohortClosed e -> cohort(e.cohortVersion(), e.cohort());
            case CohortCancelled e -> cohort(e.cohortVersion(), e.cohort());
            case CohortCompleted e -> cohort(e.cohortVersion(), e.cohort());
            case CohortRetentionExpired ignored -> {
            }
            case EnrolmentConfirmed e -> enrolment(e.enrolmentId(), e.rosterVersion(), "CONFIRMED", true, e.participantId());
            case EnrolmentPromoted e -> enrolment(e.enrolmentId(), e.rosterVersion(), "CONFIRMED", true, e.participantId());
            case EnrolmentCompleted e -> enrolment(e.enrolmentId(), e.rosterVersion(), "COMPLETED", true, e.participantId());
            case EnrolmentWaitlisted e -> enrolment(e.enrolmentId(), e.rosterVersion(), "WAITLISTED", false, e.participantId());
            case EnrolmentWithdrawn e -> enrolment(e.enrolmentId(), e.rosterVersion(), "WITHDRAWN", false, e.participantId());
            case SessionScheduled e -> session(e.sessionId(), e.sessionVersion(), e.session());
            case SessionRescheduled e -> session(e.sessionId(), e.sessionVersion(), e.session());
            case SessionCancelled e -> session(e.sessionId(), e.sessionVersion(), e.session());
            case AttendanceRecorded e -> attendance(e);
            case DevelopmentQuestionLogged e -> question(e.questionId(), e.questionVersion(), e.revision(), e.scope(), e.scope());
            case DevelopmentQuestionRefined e -> question(e.questionId(), e.questionVersion(), e.revision(), e.scope(), null);
            case DevelopmentQuestionVisibilityChanged e -> question(e.questionId(), e.questionVersion(), null, null, null);
            case InterventionPlanned e -> intervention(e.interventionId(), e.kind(), false, false);
            case InterventionCarriedOut e -> intervention(e.interventionId(), e.kind(), true, false);
            case FeedbackGiven e -> intervention(e.interventionId(), null, false, true);
            case ReflectionWritten e -> reflections.add(e.reflectionId().toString());
            case CaseAnalysed e -> cases.add(e.caseId().toString());
            case EvaluationSubmitted e -> evaluation(e);
            // cohortOf gives these no cohort, so they never reach an activity.
            case TrajectoryCreated ignored -> {
            }
            case TrajectoryRevised ignored -> {
            }
            case ParticipantProfileUpdated ignored -> {
                // Profiles arrive through applyProfile, with when they changed.
            }
            case StakeholderMapUpdated ignored -> {
            }
            case EnrolmentPrivacyEvent ignored -> {
            }
            case TrajectoryPrivacyEvent ignored -> {
            }
            case ReflectionPrivacyEvent ignored -> {
            }
            case NotificationPrivacyEvent ignored -> {
            }
            case InvitationEvent ignored -> {
            }
        }
    }

    /**
     * Takes a participant's profile for their enrolments here, if it is newer than the one they hold and not from
     * after the completion.
     *
     * @param changedAt when the profile was changed, null when unknown (then only an open cohort takes it)
     * @return whether an enrolment took it
     */
    public boolean applyProfile(ReportProfile profile, Instant changedAt) {
        if (completedAt != null && (changedAt == null || changedAt.isAfter(completedAt))) {
            return false;
        }
        boolean taken = false;
        for (Map.Entry<String, Enrolment> entry : enrolments.entrySet()) {
            Enrolment e = entry.getValue();
            if (profile.participantId().equals(e.participantId()) && profile.profileVersion() > e.profileVersion()) {
                entry.setValue(e.withProfile(profile));
                taken = true;
            }
        }
        return taken;
    }

    /**
     * Erasure: the participant's enrolments here get {@code formerId} instead of their id and lose the
     * institution, so that they count under "unknown" there; status, seat and sector stay, and with them every
     * other figure.
     *
     * @return whether the participant had an enrolment here
     */
    public boolean eraseParticipant(String participantId, String formerId) {
        boolean found = false;
        for (Map.Entry<String, Enrolment> entry : enrolments.entrySet()) {
            if (participantId.equals(entry.getValue().participantId())) {
                entry.setValue(entry.getValue().anonymised(formerId, false));
                found = true;
            }
        }
        return found;
    }

    /**
     * Retention: every participant of the cohort gets a former id (one per participant, so people are still
     * counted once), and nothing else changes, so that every figure, per institution too, stays as it was.
     *
     * @return whether any enrolment still named a participant
     */
    public boolean expirePersonalData(Function<String, String> formerIdOf) {
        Map<String, String> formerIds = new HashMap<>();
        boolean changed = false;
        for (Map.Entry<String, Enrolment> entry : enrolments.entrySet()) {
            String participantId = entry.getValue().participantId();
            if (participantId != null && !participantId.startsWith(FORMER_PREFIX)) {
                String formerId = formerIds.computeIfAbsent(participantId, formerIdOf);
                entry.setValue(entry.getValue().anonymised(formerId, true));
                changed = true;
            }
        }
        return changed;
    }

    private boolean happenedAfterCompletion(Instant occurredAt) {
        return completedAt != null && occurredAt != null && occurredAt.isAfter(completedAt);
    }

    private void cohort(long version, CohortFacts facts) {
        if (version > cohortVersion) {
            cohortVersion = version;
            trajectoryId = facts.trajectoryId() == null ? null : facts.trajectoryId().toString();
            status = facts.status();
            startsOn = facts.startsOn();
        }
    }

    private void enrolment(UUID id, long version, String newStatus, boolean seat, String participantId) {
        Enrolment known = enrolments.get(id.toString());
        if (known == null) {
            enrolments.put(id.toString(), new Enrolment(version, newStatus, seat, participantId, 0, null, null));
            return;
        }
        boolean seated = seat || known.seated();
        if (version > known.version()) {
            enrolments.put(id.toString(), known.withFacts(version, newStatus, seated, participantId));
        } else if (seated != known.seated()) {
            enrolments.put(id.toString(), known.withFacts(known.version(), known.status(), true, known.participantId()));
        }
    }

    private void session(UUID id, long version, SessionFacts facts) {
        Session known = sessions.get(id.toString());
        if (known == null) {
            sessions.put(id.toString(), new Session(version, facts.sequence(), facts.status(), 0, 0, 0));
        } else if (version > known.version()) {
            sessions.put(id.toString(), new Session(version, facts.sequence(), facts.status(),
                    known.attendanceVersion(), known.present(), known.marked()));
        }
    }

    private void attendance(AttendanceRecorded e) {
        String id = e.sessionId().toString();
        // Attendance may arrive before the session's schedule: version 0 lets the schedule fill in the rest.
        Session known = sessions.getOrDefault(id, new Session(0, 0, null, 0, 0, 0));
        if (e.attendanceVersion() > known.attendanceVersion()) {
            int present = (int) e.marks().stream().filter(m -> "PRESENT".equals(m.status())).count();
            sessions.put(id, new Session(known.version(), known.sequence(), known.status(), e.attendanceVersion(),
                    present, e.marks().size()));
        }
    }

    private void question(UUID id, long version, Integer revision, String scope, String loggedScope) {
        Question known = knownQuestion(id.toString());
        String logged = loggedScope != null ? loggedScope : known.loggedScope();
        if (version > known.version()) {
            known = new Question(version, revision != null ? revision : known.revision(),
                    scope != null ? scope : known.scope(), logged);
        } else {
            known = new Question(known.version(), known.revision(), known.scope(), logged);
        }
        questions.put(id.toString(), known);
    }

    private Question knownQuestion(String id) {
        return questions.getOrDefault(id, new Question(0, 0, null, null));
    }

    private void intervention(UUID id, String kind, boolean carriedOut, boolean feedback) {
        Intervention known = interventions.getOrDefault(id.toString(), new Intervention(null, false, false));
        interventions.put(id.toString(), new Intervention(kind != null ? kind : known.kind(),
                carriedOut || known.carriedOut(), feedback || known.feedback()));
    }

    private void evaluation(EvaluationSubmitted e) {
        if (evaluationIds.add(e.eventId().toString()) && e.ratings() != null) {
            e.ratings().forEach((item, rating) -> {
                if (rating != null) {
                    ratingSums.merge(item, rating.longValue(), Long::sum);
                    ratingCounts.merge(item, 1L, Long::sum);
                }
            });
        }
    }

    public String cohortId() {
        return cohortId;
    }

    public String trajectoryId() {
        return trajectoryId;
    }

    public String status() {
        return status;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public long cohortVersion() {
        return cohortVersion;
    }

    public Instant completedAt() {
        return completedAt;
    }

    /** The participants of this cohort's enrolments, whose profile changes concern it. */
    public Set<String> participantIds() {
        Set<String> ids = new HashSet<>();
        enrolments.values().forEach(e -> {
            if (e.participantId() != null) {
                ids.add(e.participantId());
            }
        });
        return ids;
    }

    public Map<String, Enrolment> enrolments() {
        return Map.copyOf(enrolments);
    }

    public Map<String, Session> sessions() {
        return Map.copyOf(sessions);
    }

    public Map<String, Question> questions() {
        return Map.copyOf(questions);
    }

    public Map<String, Intervention> interventions() {
        return Map.copyOf(interventions);
    }

    public Set<String> reflections() {
        return Set.copyOf(reflections);
    }

    public Set<String> cases() {
        return Set.copyOf(cases);
    }

    public Set<String> evaluationIds() {
        return Set.copyOf(evaluationIds);
    }

    public Map<String, Long> ratingSums() {
        return Map.copyOf(ratingSums);
    }

    public Map<String, Long> ratingCounts() {
        return Map.copyOf(ratingCounts);
    }
}
