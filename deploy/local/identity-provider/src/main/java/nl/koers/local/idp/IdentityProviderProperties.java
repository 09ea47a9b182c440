package nl.koers.local.idp;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the local identity provider.
 *
 * @param demoPassword the password of every demo user
 * @param keyFile      where the signing key is kept between restarts; {@code null} for a throw-away key
 * @param audience     the {@code aud} of every access token: the Koers API, not the client that asked
 * @param demoParticipants how many demo participants exist (participant1 to participantN); the system tests
 *                     need more than the thirty a person trying Koers does
 * @param maxAuthorizations how many finished authorizations (token sets) are kept in memory; beyond it the
 *                     oldest loses its refresh token, so its client has to send the user through login again.
 *                     One takes a few kilobytes and the provider runs in a 128 MB heap
 */
@ConfigurationProperties("koers.idp")
record IdentityProviderProperties(String demoPassword, Path keyFile, String audience,
                                  @DefaultValue("30") int demoParticipants,
                                  @DefaultValue("2000") int maxAuthorizations) {
}
