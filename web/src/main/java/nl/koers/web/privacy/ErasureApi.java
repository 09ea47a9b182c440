package nl.koers.web.privacy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Page;
import nl.koers.web.api.ServiceUnavailable;
import nl.koers.web.security.HtmxAwareEntryPoint.Htmx;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Erasure requests as enrolment-service takes them, for the participant's own pages and for the admin's. Who may
 * ask for whom is the service's decision; this only tells a new request from one already under way.
 */
@Component
public class ErasureApi {

    static final String ERASURES = "/api/privacy/erasures";
    private static final ParameterizedTypeReference<Page<Erasure>> PAGE = new ParameterizedTypeReference<>() { };

    private final KoersApi api;

    ErasureApi(KoersApi api) {
        this.api = api;
    }

    /**
     * What asking for erasure led to: a new request (202) or the one already under way for this participant (200).
     * A participant already erased (409) or unknown to Koers (404) is an {@link nl.koers.web.api.ApiProblem}.
     */
    public record Requested(Erasure erasure, boolean alreadyUnderWay) {
    }

    /** @param participantId whom to erase; null for the signed-in participant themselves */
    public Requested request(String participantId) {
        Map<String, String> body = participantId == null ? Map.of() : Map.of("participantId", participantId);
        ResponseEntity<Erasure> answer = api.postForEntity(Erasure.class, body, ERASURES);
        return new Requested(answer.getBody(), answer.getStatusCode().value() == 200);
    }

    public Erasure erasure(UUID id) {
        return api.get(Erasure.class, ERASURES + "/{id}", id);
    }

    /**
     * The progress page of erasure {@code id} at {@code self}, and for htmx only the part that refreshes itself. When
     * enrolment-service does not answer one of those refreshes, nothing is swapped (204) and the next one tries
     * again, instead of the progress giving way to an error that stops the refreshing.
     *
     * @param page the whole page's template, for a request that is not htmx's
     */
    public String progress(UUID id, String self, String page, Model model, HttpServletRequest request,
                           HttpServletResponse response) {
        boolean htmx = Htmx.isHtmx(request);
        try {
            model.addAttribute("erasure", erasure(id));
        } catch (ServiceUnavailable away) {
            if (!htmx) {
                throw away;
            }
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return null;
        }
        model.addAttribute("self", self);
        return htmx ? "privacy/fragments :: erasure-status" : page;
    }

    /** A page of erasures, newest first as the service lists them; only those of {@code status} when given. */
    public Page<Erasure> erasures(String status, int page, int size) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(ERASURES).queryParam("page", page).queryParam("size", size);
        if (status != null) {
            uri.queryParam("status", status);
        }
        return api.get(PAGE, uri.build().toUriString());
    }
}
