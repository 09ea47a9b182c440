package nl.koers.defaults.apidocs.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** A view with every kind of component: plain, enum, nested record, list, and nullable ones of each. */
record WorkshopView(UUID id, String title, LocalDate startsOn, WorkshopStatus status,
                    @Schema(description = "Where it is held, once known") @Nullable String room,
                    @Nullable WorkshopStatus previousStatus,
                    @Schema(description = "Who leads it, once chosen") @Nullable HostView host,
                    List<HostView> facilitators, long version) {
}
