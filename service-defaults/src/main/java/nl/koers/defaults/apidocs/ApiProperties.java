package nl.koers.defaults.apidocs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a service says about its own API in its contract documents (OpenAPI and AsyncAPI): the rest is derived
 * from the code. Without a title the documents are called after {@code spring.application.name}.
 *
 * @param title       the OpenAPI {@code info.title}, such as "Koers enrolment API"
 * @param description the OpenAPI {@code info.description}: what the service owns, who calls it, how to get a token
 * @param contact     who answers questions about the API; the same for every service
 */
@ConfigurationProperties("koers.api")
public record ApiProperties(String title, String description, @DefaultValue Contact contact) {

    /**
     * @param name  shown as the contact in both documents
     * @param url   where a client developer finds help
     * @param email where a client developer writes to
     */
    public record Contact(@DefaultValue("Koers") String name,
                          @DefaultValue("https://koers.example/developers") String url,
                          @DefaultValue("api@koers.example") String email) {
    }
}
