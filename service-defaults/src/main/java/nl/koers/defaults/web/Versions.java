package nl.koers.defaults.web;

import nl.koers.defaults.problem.PreconditionFailed;
import nl.koers.defaults.problem.PreconditionRequired;

/**
 * A record's version as an ETag, and back from If-Match: the one place optimistic concurrency is read off HTTP.
 * Versions are whole numbers that grow with every change; the ETag is the number in quotes (strong), and a weak
 * {@code W/} prefix sent back is accepted. A tag that is not a version of the record can never match, so it
 * answers 412, as a stale one does.
 */
public final class Versions {

    private Versions() {
    }

    /** The ETag of a record at {@code version}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an optional If-Match asks for. Absent or {@code *} means "whatever is current": the change still
     * applies atomically to one version, but may overwrite a change the caller has not seen.
     *
     * @param what the record, in words and as the problem code's prefix ({@code cohort}, {@code stakeholder-map})
     * @return the version, or null when the caller did not ask for one
     */
    public static Long ifMatch(String ifMatch, String what) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new PreconditionFailed(what + "-version-mismatch", "Version mismatch",
                    "If-Match " + ifMatch + " is not a version of this " + words(what) + "; fetch it again.");
        }
    }

    /**
     * As {@link #ifMatch}, for changes that must never overwrite unseen work: without If-Match the answer is 428.
     * {@code *} still means "overwrite whatever is there", on purpose.
     */
    public static Long requiredIfMatch(String ifMatch, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired("if-match-required", "If-Match required",
                    "Changing a " + words(what) + " needs an If-Match header with the ETag you last read"
                            + " (or * to overwrite whatever is there).");
        }
        return ifMatch(ifMatch, what);
    }

    private static String words(String what) {
        return what.replace('-', ' ');
    }
}
