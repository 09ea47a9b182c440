package nl.koers.trajectory.report.web;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.trajectory.report.Figure;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * One figure of a report in JSON: a plain number when shown, {@code {"suppressed": true}} when it is about too few
 * people for the reader (never 0, which would be a lie that also leaks), and null (see {@link #of}) when there is
 * nothing to compute it from. Written by its own serializer rather than as a bean, so the document's schema is the
 * {@code oneOf} below and not the Java fields.
 */
@Schema(description = "A figure: a number when shown, or {\"suppressed\": true} when it is about fewer people than"
        + " minimumGroupSize for this reader", oneOf = {Double.class, ReportFigure.Suppressed.class})
@JsonSerialize(using = ReportFigure.Json.class)
final class ReportFigure {

    /** How a suppressed figure reads. */
    @Schema(description = "A figure about too few people to show to this reader")
    record Suppressed(@Schema(description = "Always true", example = "true", requiredMode = Schema.RequiredMode.REQUIRED)
                      boolean suppressed) {
    }

    private final Number value;
    private final boolean suppressed;

    private ReportFigure(Number value, boolean suppressed) {
        this.value = value;
        this.suppressed = suppressed;
    }

    /** The figure as JSON shows it; null when there is nothing to compute it from. */
    static @Nullable ReportFigure of(Figure figure) {
        if (figure.isSuppressed()) {
            return new ReportFigure(null, true);
        }
        return figure.value() == null ? null : new ReportFigure(figure.value(), false);
    }

    static final class Json extends StdSerializer<ReportFigure> {

        Json() {
            super(ReportFigure.class);
        }

        @Override
        public void serialize(ReportFigure figure, JsonGenerator json, SerializationContext context) {
            if (figure.suppressed) {
                json.writeStartObject();
                json.writeName("suppressed");
                json.writeBoolean(true);
                json.writeEndObject();
            } else if (figure.value instanceof Double d) {
                json.writeNumber(d);
            } else {
                json.writeNumber(figure.value.longValue());
            }
        }
    }
}
