package nl.koers.events;

/** Topic names, one per producing aggregate. Failing records of a consumed topic go to {@code <topic>.DLT}. */
public final class Topics {

    // trajectory-service
    public static final String TRAJECTORY_TRAJECTORIES = "trajectory.trajectories";
    public static final String TRAJECTORY_COHORTS = "trajectory.cohorts";
    public static final String TRAJECTORY_SESSIONS = "trajectory.sessions";
    public static final String TRAJECTORY_DEVELOPMENT_QUESTIONS = "trajectory.development-questions";
    public static final String TRAJECTORY_PRIVACY = "trajectory.privacy";

    // enrolment-service
    public static final String ENROLMENT_ENROLMENTS = "enrolment.enrolments";
    public static final String ENROLMENT_PARTICIPANTS = "enrolment.participants";
    public static final String ENROLMENT_PRIVACY = "enrolment.privacy";
    public static final String ENROLMENT_INVITATIONS = "enrolment.invitations";

    // reflection-service
    public static final String REFLECTION_REFLECTIONS = "reflection.reflections";
    public static final String REFLECTION_CASES = "reflection.cases";
    public static final String REFLECTION_INTERVENTIONS = "reflection.interventions";
    public static final String REFLECTION_EVALUATIONS = "reflection.evaluations";
    public static final String REFLECTION_PRIVACY = "reflection.privacy";

    // notification-service
    public static final String NOTIFICATION_PRIVACY = "notification.privacy";

    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {
    }
}
