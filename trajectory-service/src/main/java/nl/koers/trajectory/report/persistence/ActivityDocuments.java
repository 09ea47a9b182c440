package nl.koers.trajectory.report.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.koers.trajectory.report.CohortActivity;
import nl.koers.trajectory.report.Tally;
import org.bson.Document;

/**
 * The BSON shape of a cohort's activity and of its summary. Maps are keyed by ids (UUIDs, safe as field names);
 * anything keyed by free text (evaluation items, institutions) is stored as arrays, because a field name may
 * not contain a dot.
 */
final class ActivityDocuments {

    private ActivityDocuments() {
    }

    /** The activity's content; {@link RevisedDocuments} adds {@code _id} and the revision. */
    static Document activity(CohortActivity a) {
        Document enrolments = new Document();
        a.enrolments().forEach((id, e) -> enrolments.append(id, new Document("v", e.version()).append("s", e.status())
                .append("seat", e.seated()).append("p", e.participantId())
                .append("pv", e.profileVersion()).append("sc", e.sector()).append("pi", e.profileInstitution())));
        Document sessions = new Document();
        a.sessions().forEach((id, s) -> sessions.append(id, new Document("v", s.version()).append("q", s.sequence())
                .append("s", s.status()).append("av", s.attendanceVersion()).append("pr", s.present()).append("m", s.marked())));
        Document questions = new Document();
        a.questions().forEach((id, q) -> questions.append(id, new Document("v", q.version()).append("r", q.revision())
                .append("s", q.scope()).append("ls", q.loggedScope())));
        Document interventions = new Document();
        a.interventions().forEach((id, i) -> interventions.append(id, new Document("k", i.kind())
                .append("c", i.carriedOut()).append("f", i.feedback())));
        List<Document> ratings = new ArrayList<>();
        a.ratingSums().forEach((item, sum) -> ratings.add(new Document("item", item).append("sum", sum)
                .append("count", a.ratingCounts().getOrDefault(item, 0L))));
        return new Document("trajectoryId", a.trajectoryId()).append("status", a.status())
                .append("startsOn", a.startsOn() == null ? null : a.startsOn().toString())
                .append("cohortVersion", a.cohortVersion())
                // As text: a BSON date keeps milliseconds, and an event a microsecond after a truncated completion
                // would count as after it.
                .append("completedAt", a.completedAt() == null ? null : a.completedAt().toString())
                .append("enrolments", enrolments).append("sessions", sessions).append("questions", questions)
                .append("interventions", interventions)
                .append("reflections", new ArrayList<>(a.reflections())).append("cases", new ArrayList<>(a.cases()))
                .append("evaluations", new ArrayList<>(a.evaluationIds())).append("ratings", ratings);
    }

    static CohortActivity activity(Document d) {
        Map<String, CohortActivity.Enrolment> enrolments = new HashMap<>();
        d.get("enrolments", new Document()).forEach((id, v) -> {
            Document e = (Document) v;
            enrolments.put(id, new CohortActivity.Enrolment(number(e, "v"), e.getString("s"), e.getBoolean("seat", false),
                    e.getString("p"), number(e, "pv"), e.getString("sc"), e.getString("pi")));
        });
        Map<String, CohortActivity.Session> sessions = new HashMap<>();
        d.get("sessions", new Document()).forEach((id, v) -> {
            Document s = (Document) v;
            sessions.put(id, new CohortActivity.Session(number(s, "v"), (int) number(s, "q"), s.getString("s"),
                    number(s, "av"), (int) number(s, "pr"), (int) number(s, "m")));
        });
        Map<String, CohortActivity.Question> questions = new HashMap<>();
        d.get("questions", new Document()).forEach((id, v) -> {
            Document q = (Document) v;
            questions.put(id, new CohortActivity.Question(number(q, "v"), (int) number(q, "r"), q.getString("s"),
                    q.getString("ls")));
        });
        Map<String, CohortActivity.Intervention> interventions = new HashMap<>();
        d.get("interventions", new Document()).forEach((id, v) -> {
            Document i = (Document) v;
            interventions.put(id, new CohortActivity.Intervention(i.getString("k"), i.getBoolean("c", false),
                    i.getBoolean("f", false)));
        });
        Map<String, Long> sums = new HashMap<>();
        Map<String, Long> counts = new HashMap<>();
        d.getList("ratings", Document.class, List.of()).forEach(r -> {
            sums.put(r.getString("item"), number(r, "sum"));
            counts.put(r.getString("item"), number(r, "count"));
        });
        String startsOn = d.getString("startsOn");
        String completedAt = d.getString("completedAt");
        return new CohortActivity(d.getString("_id"), d.getString("trajectoryId"), d.getString("status"),
                startsOn == null ? null : LocalDate.parse(startsOn), number(d, "cohortVersion"),
                completedAt == null ? null : Instant.parse(completedAt), enrolments, sessions,
                questions, interventions, strings(d, "reflections"), strings(d, "cases"), strings(d, "evaluations"),
                sums, counts);
    }

    /** Whether a stored activity holds exactly this content, apart from its {@code _id} and revision. */
    static boolean sameContent(Document stored, Document content) {
        Document comparable = new Document(stored);
        comparable.remove("_id");
        comparable.remove("rev");
        return comparable.equals(content);
    }

    static Document summary(CohortActivity a, long gen, Tally tally) {
        List<String> names = new ArrayList<>(tally.counters().keySet());
        List<Long> values = names.stream().map(tally::get).toList();
        return new Document("gen", gen).append("trajectoryId", a.trajectoryId())
                .append("startsOn", a.startsOn() == null ? null : a.startsOn().toString())
                .append("k", names).append("v", values);
    }

    static Tally tally(Document d) {
        List<String> names = d.getList("k", String.class, List.of());
        List<?> values = d.getList("v", Object.class, List.of());
        Map<String, Long> counters = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            counters.put(names.get(i), ((Number) values.get(i)).longValue());
        }
        return new Tally(counters);
    }

    static long number(Document d, String field) {
        Object value = d.get(field);
        return value instanceof Number n ? n.longValue() : 0L;
    }

    private static Set<String> strings(Document d, String field) {
        return new HashSet<>(d.getList(field, String.class, List.of()));
    }
}
