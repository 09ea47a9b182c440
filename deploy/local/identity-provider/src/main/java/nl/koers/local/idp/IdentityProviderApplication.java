package nl.koers.local.idp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The local stack's OpenID Connect provider: a real authorization server, so the gateway and the
 * services validate the same kind of signed JWTs locally as they do against Keycloak or SURFconext,
 * and people get tokens through a standard flow ({@code deploy/local/token}) rather than a back door.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IdentityProviderApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityProviderApplication.class, args);
    }
}
