package nl.koers.trajectory.session.web;

import nl.koers.defaults.problem.PreconditionFailed;

/** A session's version as an ETag, and back from If-Match; a missing or {@code *} If-Match means "any version". */
final class ETags {

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new PreconditionFailed("session-version-mismatch", "Session changed",
                    "If-Match " + ifMatch + " is not a version of this session; fetch it again.");
        }
    }
}
