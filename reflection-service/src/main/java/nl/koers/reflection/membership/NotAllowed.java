package nl.koers.reflection.membership;

/**
 * The caller is known and may know the record or cohort exists, but may not do this to it: writing in a
 * cohort they are not a confirmed participant of, or changing someone else's record. Answered as 403;
 * a record the caller may not even see is a {@code NotFound} instead, so its existence does not leak.
 * Spring-free, like the shared problem types, which are sealed and have no 403.
 */
public class NotAllowed extends RuntimeException {

    private final String code;
    private final String title;

    public NotAllowed(String code, String title, String detail) {
        super(detail);
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
