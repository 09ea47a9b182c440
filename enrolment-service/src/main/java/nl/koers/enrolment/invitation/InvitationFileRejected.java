package nl.koers.enrolment.invitation;

import java.util.List;

/**
 * A whole invitation list refused before any row is looked at: nothing in it can be reported row by row. The web
 * adapter answers it as problem+json; {@link Reason} says which status, so the domain needs no HTTP types.
 */
public final class InvitationFileRejected extends RuntimeException {

    public enum Reason {
        /** Empty, no header, a required column missing, not UTF-8, broken quoting: 400. */
        UNREADABLE,
        /** Over 1 MiB or over 500 data rows: 413, the organiser must split the list. */
        TOO_LARGE
    }

    /** One thing wrong with the file, as a form shows it beside the file field. */
    public record Error(String field, String message) {
    }

    private final Reason reason;
    private final String code;
    private final String title;
    private final List<Error> errors;

    InvitationFileRejected(Reason reason, String code, String title, String detail, List<Error> errors) {
        super(detail);
        this.reason = reason;
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    static InvitationFileRejected unreadable(String message, String detail) {
        return new InvitationFileRejected(Reason.UNREADABLE, "invitation-file-unreadable", "Unreadable invitation list",
                detail, List.of(new Error("file", message)));
    }

    static InvitationFileRejected tooLarge(String code, String title, String message, String detail) {
        return new InvitationFileRejected(Reason.TOO_LARGE, code, title, detail, List.of(new Error("file", message)));
    }

    public Reason reason() {
        return reason;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<Error> errors() {
        return errors;
    }
}
