package nl.koers.local.idp;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts the claims Koers works with into the tokens it issues (production issuers are set up to send the same).
 *
 * <p>Every access token carries what the services authorise on: {@code roles} and {@code coalitions} as JSON
 * arrays, a display {@code name}, and {@code aud = ["koers"]} so that the gateway and services can insist the
 * token was issued for the Koers API. Every ID token carries {@code roles}, {@code coalitions} and {@code name}
 * as well, because the web app builds its navigation from the signed-in user (an organiser sees other pages than
 * a participant) and never reads its access token; its {@code aud} stays the client id, as OpenID Connect
 * requires.
 */
@Component
class KoersTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

    private final Map<String, DemoUser> demoUsers;
    private final String audience;

    KoersTokenClaims(IdentityProviderProperties properties) {
        this.demoUsers = DemoUser.all(properties.demoParticipants()).stream()
                .collect(Collectors.toUnmodifiableMap(DemoUser::username, Function.identity()));
        this.audience = properties.audience();
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        if (!accessToken && !ID_TOKEN.equals(context.getTokenType())) {
            return;
        }
        String username = context.getPrincipal().getName();
        DemoUser user = demoUsers.get(username);
        if (user == null) {
            throw new IllegalStateException("No demo user " + username);
        }
        context.getClaims().claims(claims -> {
            claims.put("roles", List.of(user.role()));
            claims.put("coalitions", user.coalitions());
            claims.put("name", user.username());
            // Where notification-service mails staff; .test is reserved for testing (RFC 2606), so no mail leaves.
            claims.put("email", user.username() + "@koers.test");
            if (accessToken) {
                claims.put("aud", List.of(audience));
            }
        });
    }
}
