package nl.koers.reflection.web;

import nl.koers.defaults.problem.PreconditionFailed;

/**
 * Reads an If-Match header as the record version the caller last saw. Absent or {@code *} means "whatever is
 * current": the change still applies atomically to one version, but may overwrite a change the caller has
 * not seen. A tag that is not a version of the record can never match, so it answers 412.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** @return the version, or null when the caller did not ask for one */
    public static Long version(String ifMatch, String what) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new PreconditionFailed(what + "-version-mismatch", "Version mismatch",
                    "If-Match " + ifMatch + " is not a version of this " + what + "; fetch it again.");
        }
    }

    /** The ETag of a record at {@code version}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
