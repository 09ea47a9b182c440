package nl.koers.reflection.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.Role;
import org.junit.jupiter.api.Test;

class AuditTrailTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void recordsTheStrongestRoleOfTheCaller() {
        assertThat(roleOf(EnumSet.of(Role.ADMIN))).isEqualTo("admin");
        assertThat(roleOf(EnumSet.of(Role.ORGANISER))).isEqualTo("organiser");
        assertThat(roleOf(EnumSet.of(Role.ORGANISER, Role.ADMIN))).isEqualTo("admin");
    }

    @Test
    void namesTheRecordTheCohortAndWhenWithoutChangingTheDetails() {
        UUID record = UUID.randomUUID();
        UUID cohort = UUID.randomUUID();

        var audited = AuditTrail.managed(new Caller("organiser-1", Set.of(Role.ORGANISER), Set.of()), NOW,
                "role-fan.defined", "role-fan", record, cohort, Map.of("roles", "2"));

        assertThat(audited.occurredAt()).isEqualTo(NOW);
        assertThat(audited.subject()).isEqualTo(record.toString());
        assertThat(audited.entry().actorId()).isEqualTo("organiser-1");
        assertThat(audited.entry().cohortId()).isEqualTo(cohort.toString());
        assertThat(audited.entry().details()).containsExactly(Map.entry("roles", "2"));
        assertThat(AuditTrail.system(NOW, "x.y", "x", "1", null, Map.of()).entry().cohortId()).isNull();
    }

    private static String roleOf(Set<Role> roles) {
        return AuditTrail.managed(new Caller("someone", roles, Set.of()), NOW, "a.b", "a", UUID.randomUUID(), null,
                Map.of()).entry().actorRole();
    }
}
