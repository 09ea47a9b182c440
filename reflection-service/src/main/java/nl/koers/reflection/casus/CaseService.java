package nl.koers.reflection.casus;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.defaults.problem.Conflict;
import nl.koers.defaults.problem.Forbidden;
import nl.koers.defaults.problem.NotFound;
import nl.koers.defaults.problem.PreconditionFailed;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.reflection.audit.AuditTrail;
import nl.koers.reflection.membership.CohortMembership;
import nl.koers.reflection.membership.Memberships;

/**
 * The case use cases and the cohort's role fan. Confirmed participants bring in and analyse their own cases;
 * readers follow the case's visibility like reflections do; organisers define the roles but never read a
 * case. A case the caller may not read answers 404.
 */
public class CaseService {

    private static final int ATTEMPTS = 5;

    private final Cases cases;
    private final RoleFans roleFans;
    private final Memberships memberships;
    private final Clock clock;

    public CaseService(Cases cases, RoleFans roleFans, Memberships memberships, Clock clock) {
        this.cases = cases;
        this.roleFans = roleFans;
        this.memberships = memberships;
        this.clock = clock;
    }

    /** @param contributions role key to contribution; empty to analyse later */
    public Case bringIn(String userId, UUID cohortId, CaseDescription description, Map<String, String> contributions) {
        memberships.of(cohortId).requireWriter(userId);
        Case brought = Case.bringIn(cohortId, userId, description, clock.instant());
        if (!contributions.isEmpty()) {
            brought.analyse(contributions, rolesOf(cohortId), clock.instant());
        }
        cases.add(brought);
        return brought;
    }

    public Case analyse(String userId, UUID id, Long ifMatch, Map<String, String> contributions) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Case found = visible(userId, id);
            if (!found.isOwnedBy(userId)) {
                throw new Forbidden("not-the-owner", "Not your case",
                        "Only the participant who brought in case " + id + " analyses it.");
            }
            memberships.of(found.cohortId()).requireWriter(userId);
            long readVersion = found.version();
            if (ifMatch != null && ifMatch != readVersion) {
                throw new PreconditionFailed("case-version-mismatch", "Case changed",
                        "The case is at version " + readVersion + ", not " + ifMatch + "; fetch it again.");
            }
            found.analyse(contributions, rolesOf(found.cohortId()), clock.instant());
            if (cases.update(found, readVersion)) {
                return found;
            }
        }
        throw new Conflict("concurrent-change", "Changed by someone else",
                "The case kept changing while your request was handled; fetch it again and retry.");
    }

    public Case get(String userId, UUID id) {
        return visible(userId, id);
    }

    public PageView<Case> list(String userId, UUID cohortId, Paging paging) {
        CohortMembership membership = memberships.of(cohortId);
        return cases.visibleIn(cohortId, userId, membership.sharedWith(userId), paging);
    }

    /** The cohort's roles for anyone involved in it: its participants, facilitators and organisers. */
    public CohortRoles roles(String userId, boolean managesCohorts, UUID cohortId) {
        CohortMembership membership = memberships.of(cohortId);
        boolean involved = managesCohorts || membership.isFacilitator(userId) || membership.statusOf(userId).isPresent();
        if (!membership.isKnown() || !involved) {
            throw cohortNotFound(cohortId);
        }
        return rolesOf(cohortId);
    }

    /**
     * Organisers replace the cohort's roles; cases analysed before keep the roles they were analysed with. Audited
     * with the new role keys.
     */
    public CohortRoles defineRoles(Caller caller, UUID cohortId, List<FanRole> roles) {
        if (!memberships.of(cohortId).isKnown()) {
            throw cohortNotFound(cohortId);
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            CohortRoles next = rolesOf(cohortId).replacedBy(roles);
            var audited = AuditTrail.managed(caller, clock.instant(), "role-fan.defined", "role-fan", cohortId,
                    cohortId, Map.of("roles", String.valueOf(next.roles().size()),
                            "keys", String.join(",", next.roles().stream().map(FanRole::key).toList()),
                            "version", String.valueOf(next.version())));
            if (roleFans.save(next, List.of(audited))) {
                return next;
            }
        }
        throw new Conflict("concurrent-change", "Changed by someone else",
                "The cohort's roles kept changing while your request was handled; try again.");
    }

    private CohortRoles rolesOf(UUID cohortId) {
        return roleFans.find(cohortId).orElse(CohortRoles.defaults(cohortId));
    }

    private Case visible(String userId, UUID id) {
        Case found = cases.find(id).orElseThrow(() -> notFound(id));
        if (!memberships.of(found.cohortId()).maySee(userId, found.owners(), found.description().visibility())) {
            throw notFound(id);
        }
        return found;
    }

    /** Whether {@code userId} may read case {@code id} in {@code cohortId}; interventions refer only to such cases. */
    public boolean isVisibleIn(String userId, UUID id, UUID cohortId) {
        return cases.find(id).filter(c -> c.cohortId().equals(cohortId))
                .filter(c -> memberships.of(cohortId).maySee(userId, c.owners(), c.description().visibility()))
                .isPresent();
    }

    static NotFound notFound(UUID id) {
        return new NotFound("case-not-found", "Case not found", "There is no case " + id + " that you may read.");
    }

    private static NotFound cohortNotFound(UUID cohortId) {
        return new NotFound("cohort-not-found", "Cohort not found",
                "There is no cohort " + cohortId + " known here that you are involved in.");
    }
}
