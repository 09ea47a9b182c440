package nl.koers.web.reflection;

import java.util.List;
import java.util.Set;
import nl.koers.web.layout.Choices;
import nl.koers.web.layout.Option;
import org.springframework.stereotype.Component;

/**
 * Who may read a reflection, case or intervention besides its owners, as reflection-service names it
 * (PRIVATE, FACILITATORS, COHORT; organisers are never an audience), offered as radios whose descriptions
 * say in a sentence who reads it. Each feature has its own sentences ({@code <feature>.visibility.<VALUE>}).
 */
@Component
public class Audience {

    public static final List<String> VISIBILITIES = List.of("PRIVATE", "FACILITATORS", "COHORT");

    private final Choices choices;

    Audience(Choices choices) {
        this.choices = choices;
    }

    public List<Option> options(String feature) {
        return choices.of(feature + ".visibility", VISIBILITIES);
    }

    /** Whether {@code me} is the owner or one of the co-owners the API names. */
    public static boolean owns(String me, String ownerId, Set<String> coOwnerIds) {
        return me != null && (me.equals(ownerId) || (coOwnerIds != null && coOwnerIds.contains(me)));
    }
}
