package nl.koers.local.idp;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the local identity provider.
 *
 * @param demoPassword the password of every demo user
 * @param keyFile      where the signing key is kept between restarts; {@code null} for a throw-away key
 * @param audience     the {@code aud} of every access token: the Koers API, not the client that asked
 */
@ConfigurationProperties("koers.idp")
record IdentityProviderProperties(String demoPassword, Path keyFile, String audience) {
}
