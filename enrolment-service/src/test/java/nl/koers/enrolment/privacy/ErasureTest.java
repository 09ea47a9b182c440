package nl.koers.enrolment.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import nl.koers.defaults.privacy.ErasedParticipants;
import nl.koers.events.EnrolmentActionAudited;
import nl.koers.events.ErasureRequested;
import org.junit.jupiter.api.Test;

class ErasureTest {

    private static final Instant ASKED = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant LATER = ASKED.plusSeconds(5);

    private static Erasure asked() {
        return Erasure.request(UUID.randomUUID(), "participant71", Erasure.Requester.PARTICIPANT, "participant71", ASKED);
    }

    /** As stored and read back: a fresh aggregate without the events of its first write. */
    private static Erasure stored(Erasure erasure) {
        return Erasure.restore(erasure.id(), erasure.participantDigest(), erasure.participantId().orElse(null),
                erasure.formerParticipantId().orElse(null), erasure.requestedAt(), erasure.requestedBy(),
                erasure.status(), erasure.completedAt(), erasure.parts(), erasure.version());
    }

    @Test
    void aNewRequestIsPendingInEveryPartAndAnnouncesItselfWithItsAuditEntry() {
        Erasure erasure = asked();

        assertThat(erasure.status()).isEqualTo(Erasure.Status.PENDING);
        assertThat(erasure.parts()).extracting(Erasure.Part::part)
                .containsExactly(ErasurePart.ENROLMENT, ErasurePart.TRAJECTORY, ErasurePart.REFLECTION,
                        ErasurePart.NOTIFICATION);
        assertThat(erasure.parts()).allSatisfy(p -> assertThat(p.status()).isEqualTo(Erasure.PartStatus.PENDING));
        assertThat(erasure.pendingEvents()).hasSize(2);
        assertThat(erasure.pendingEvents().get(0)).isInstanceOfSatisfying(ErasureRequested.class, e -> {
            assertThat(e.erasureId()).isEqualTo(erasure.id());
            assertThat(e.participantId()).isEqualTo("participant71");
            assertThat(e.requestedBy()).isEqualTo("participant");
        });
        assertThat(erasure.pendingEvents().get(1)).isInstanceOfSatisfying(EnrolmentActionAudited.class, e -> {
            assertThat(e.entry().action()).isEqualTo("erasure.requested");
            assertThat(e.entry().recordId()).isEqualTo(erasure.id().toString());
            assertThat(e.entry().details()).doesNotContainValue("participant71");
        });
        assertThat(erasure.formerParticipantId()).hasValueSatisfying(id -> assertThat(ErasedParticipants.isFormer(id)).isTrue());
    }

    @Test
    void completesOnlyWhenAllFourPartsAreErasedInAnyOrder() {
        Erasure erasure = stored(asked());

        assertThat(erasure.markErased(ErasurePart.REFLECTION, LATER)).isTrue();
        assertThat(erasure.markErased(ErasurePart.TRAJECTORY, LATER)).isTrue();
        assertThat(erasure.eraseOwnPart(LATER.plusSeconds(1))).isTrue();
        assertThat(erasure.status()).as("notification-service has not erased its part yet")
                .isEqualTo(Erasure.Status.PENDING);
        assertThat(erasure.participantId()).contains("participant71");

        assertThat(erasure.markErased(ErasurePart.NOTIFICATION, LATER.plusSeconds(2))).isTrue();

        assertThat(erasure.status()).isEqualTo(Erasure.Status.COMPLETED);
        assertThat(erasure.completedAt()).isEqualTo(LATER.plusSeconds(2));
        assertThat(erasure.parts()).allSatisfy(p -> assertThat(p.status()).isEqualTo(Erasure.PartStatus.ERASED));
        assertThat(erasure.pendingEvents()).filteredOn(EnrolmentActionAudited.class::isInstance)
                .map(e -> ((EnrolmentActionAudited) e).entry().action())
                .containsExactly("participant.erased", "erasure.completed");
    }

    @Test
    void aCompletedErasureForgetsWhoItWasAboutButStillRecognisesThem() {
        Erasure erasure = stored(asked());
        erasure.eraseOwnPart(LATER);
        erasure.markErased(ErasurePart.TRAJECTORY, LATER);
        erasure.markErased(ErasurePart.REFLECTION, LATER);
        erasure.markErased(ErasurePart.NOTIFICATION, LATER);

        assertThat(erasure.participantId()).isEmpty();
        assertThat(erasure.formerParticipantId()).isEmpty();
        assertThat(erasure.concerns("participant71")).isTrue();
        assertThat(erasure.concerns("participant72")).isFalse();
    }

    @Test
    void theOwnPartSendsTheProfilesTombstonesAndForgetsTheFormerIdOnce() {
        Erasure erasure = stored(asked());

        assertThat(erasure.eraseOwnPart(LATER)).isTrue();
        assertThat(erasure.profileTombstones()).containsExactly("participant71");
        assertThat(erasure.formerParticipantId()).isEmpty();
        assertThat(erasure.status()).isEqualTo(Erasure.Status.PENDING);

        Erasure again = stored(erasure);
        assertThat(again.eraseOwnPart(LATER.plusSeconds(9))).isFalse();
        assertThat(again.pendingEvents()).isEmpty();
        assertThat(again.profileTombstones()).isEmpty();
        assertThat(again.parts().getFirst().erasedAt()).isEqualTo(LATER);
    }

    @Test
    void aRepeatedAnnouncementOfAPartChangesNothing() {
        Erasure erasure = stored(asked());
        erasure.markErased(ErasurePart.TRAJECTORY, LATER);

        Erasure again = stored(erasure);
        assertThat(again.markErased(ErasurePart.TRAJECTORY, LATER.plusSeconds(60))).isFalse();

        assertThat(again.parts().get(1).erasedAt()).isEqualTo(LATER);
        assertThat(again.pendingEvents()).isEmpty();
    }

    @Test
    void anAdminsRequestSaysSoAndNamesTheAdminAsActor() {
        Erasure erasure = Erasure.request(UUID.randomUUID(), "participant72", Erasure.Requester.ADMIN, "admin", ASKED);

        assertThat(erasure.requestedBy()).isEqualTo(Erasure.Requester.ADMIN);
        assertThat(erasure.pendingEvents().get(1)).isInstanceOfSatisfying(EnrolmentActionAudited.class, e -> {
            assertThat(e.entry().actorId()).isEqualTo("admin");
            assertThat(e.entry().actorRole()).isEqualTo("admin");
        });
    }
}
