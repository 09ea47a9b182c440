package nl.koers.defaults.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The text rules of RFC 5545 that every iCalendar document Koers writes follows (trajectory-service's calendar
 * feeds, notification-service's meeting invitations): UTC date-times, TEXT escaping, and content lines folded at
 * 75 octets without splitting a UTF-8 character. Plumbing only: what goes into a calendar is each service's own.
 */
public final class ICalendarText {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;

    private ICalendarText() {
    }

    /** A DATE-TIME value in UTC form, e.g. {@code 20270112T123000Z}. */
    public static String utc(Instant instant) {
        return UTC.format(instant);
    }

    /** TEXT value escaping of RFC 5545 section 3.3.11. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends one content line, folded so that no line exceeds 75 octets and no UTF-8 character is split. */
    public static void line(StringBuilder out, String content) {
        int octets = 0;
        int lineLimit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > lineLimit) {
                out.append(CRLF).append(' ');
                octets = 0;
                lineLimit = MAX_OCTETS - 1; // the leading space of a continuation line counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
