package nl.koers.defaults.apidocs.sample;

import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** A view that leaves out what is null instead of writing null, as some Koers views do. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record WorkshopSummaryView(UUID workshopId, boolean suppressed, @Nullable Integer responses) {
}
