package nl.koers.local.idp;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A demo account: one per role, plus (by default) thirty participants so a cohort can be filled and the
 * suppression of groups under five people in coalition reports can be seen at work.
 *
 * @param username    login name, also the token's {@code sub} and {@code name}
 * @param role        the single role the account has ({@code participantN} is a {@code participant})
 * @param coalitions  the coalitions the account reports for
 */
record DemoUser(String username, String role, List<String> coalitions) {

    static final String DEMO_COALITION = "teams-aan-zet";
    /** The coalition of {@code coalition2}: another coalition, to show (and test) that one never reads another's. */
    static final String OTHER_COALITION = "samen-opleiden";

    static List<DemoUser> all(int participantCount) {
        Stream<String> staff = Stream.of("organiser", "facilitator", "facilitator2", "coalition", "coalition2",
                "admin");
        Stream<String> participants = IntStream.rangeClosed(1, participantCount).mapToObj(n -> "participant" + n);
        return Stream.concat(staff, participants).map(DemoUser::named).toList();
    }

    private static DemoUser named(String username) {
        String role = username.replaceAll("\\d", "");
        boolean reportsForCoalition = role.equals("coalition") || role.equals("admin");
        List<String> coalitions = !reportsForCoalition ? List.of()
                : username.equals("coalition2") ? List.of(OTHER_COALITION) : List.of(DEMO_COALITION);
        return new DemoUser(username, role, coalitions);
    }
}
