package nl.koers.trajectory.session.web;

import java.time.Instant;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.trajectory.session.SessionSlot;

/** When and where each session of the trajectory's blueprint takes place for this cohort, in blueprint order. */
record PlanFromBlueprintRequest(@NotEmpty @Size(max = 20) List<@NotNull @Valid SlotRequest> slots) {

    record SlotRequest(@NotNull Instant startsAt, @NotNull Instant endsAt, @Size(max = 300) String place,
                       @Size(max = 500) String onlineLink) {
    }

    List<SessionSlot> sessionSlots() {
        return slots.stream().map(s -> new SessionSlot(s.startsAt(), s.endsAt(), s.place(), s.onlineLink())).toList();
    }
}
