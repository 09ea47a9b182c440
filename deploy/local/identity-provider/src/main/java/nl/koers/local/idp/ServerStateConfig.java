package nl.koers.local.idp;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * What the provider remembers between requests, all in memory (the local stack keeps only the signing key on
 * disk: a restart means logging in again).
 *
 * <p>The session registry is what lets a client sign the user out of the provider too (OIDC RP-initiated
 * logout, {@code /connect/logout}). Spring Authorization Server records the browser's session in it when it
 * issues a code, and puts that session's hash in the ID token as {@code sid}; the logout endpoint accepts an
 * {@code id_token_hint} for a signed-in user only when its {@code sid} matches the session the registry knows.
 * Its documentation asks for both beans: the registry is shared with Spring Security, and the event publisher
 * (registered by Spring Boot as a servlet listener) tells it when a session ends or changes id at login, without
 * which it would keep every session it ever saw.
 */
@Configuration(proxyBeanMethods = false)
class ServerStateConfig {

    /** Logins started but not finished, kept at most; a login takes seconds, so this is plenty. */
    private static final int MAX_UNFINISHED_AUTHORIZATIONS = 500;

    @Bean
    OAuth2AuthorizationService authorizationService(IdentityProviderProperties properties) {
        return new IndexedAuthorizationService(MAX_UNFINISHED_AUTHORIZATIONS, properties.maxAuthorizations());
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
