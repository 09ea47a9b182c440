package nl.koers.local.idp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

class IndexedAuthorizationServiceTest {

    private static final OAuth2TokenType STATE = new OAuth2TokenType(OAuth2ParameterNames.STATE);
    private static final OAuth2TokenType CODE = new OAuth2TokenType(OAuth2ParameterNames.CODE);
    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);
    private static final RegisteredClient CLIENT = RegisteredClient.withId("koers-web")
            .clientId("koers-web")
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("http://127.0.0.1:8080/login/oauth2/code/koers")
            .build();
    private static final Instant NOW = Instant.now();
    private static final Instant LATER = NOW.plusSeconds(600);

    private final IndexedAuthorizationService service = new IndexedAuthorizationService(3, 3);

    @Test
    void findsAnAuthorizationByEachOfItsTokensWithOrWithoutTheirType() {
        OAuth2Authorization authorization = finished(unfinished("a", "state-a", "code-a"), "access-a", "refresh-a", "id-a");
        service.save(authorization);

        assertThat(service.findById("a")).isSameAs(authorization);
        assertThat(service.findByToken("state-a", STATE)).isSameAs(authorization);
        assertThat(service.findByToken("code-a", CODE)).isSameAs(authorization);
        assertThat(service.findByToken("access-a", OAuth2TokenType.ACCESS_TOKEN)).isSameAs(authorization);
        assertThat(service.findByToken("refresh-a", OAuth2TokenType.REFRESH_TOKEN)).isSameAs(authorization);
        assertThat(service.findByToken("id-a", ID_TOKEN)).isSameAs(authorization);
        assertThat(service.findByToken("refresh-a", null)).isSameAs(authorization);
        assertThat(service.findByToken("code-a", OAuth2TokenType.ACCESS_TOKEN)).isNull();
        assertThat(service.findByToken("unknown", null)).isNull();
    }

    @Test
    void forgetsATokenTheAuthorizationNoLongerHolds() {
        OAuth2Authorization first = finished(unfinished("a", "state-a", "code-a"), "access-1", "refresh-1", "id-1");
        service.save(first);
        OAuth2Authorization refreshed = OAuth2Authorization.from(first)
                .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-2", NOW, LATER))
                .refreshToken(new OAuth2RefreshToken("refresh-2", NOW, LATER))
                .build();
        service.save(refreshed);

        assertThat(service.findByToken("refresh-1", OAuth2TokenType.REFRESH_TOKEN)).isNull();
        assertThat(service.findByToken("access-1", null)).isNull();
        assertThat(service.findByToken("refresh-2", OAuth2TokenType.REFRESH_TOKEN)).isSameAs(refreshed);
        assertThat(service.size()).isEqualTo(1);
    }

    @Test
    void keepsAStateApartFromAnotherAuthorizationsCodeWithTheSameValue() {
        OAuth2Authorization withState = unfinished("a", "same", "code-a");
        OAuth2Authorization withCode = unfinished("b", "state-b", "same");
        service.save(withState);
        service.save(withCode);

        assertThat(service.findByToken("same", STATE)).isSameAs(withState);
        assertThat(service.findByToken("same", CODE)).isSameAs(withCode);
    }

    @Test
    void dropsTheOldestUnfinishedAuthorizationsBeyondTheLimitAndKeepsFinishedOnes() {
        for (String id : List.of("f1", "f2", "f3")) {
            service.save(finished(unfinished(id, "state-" + id, "code-" + id), "access-" + id, "refresh-" + id, "id-" + id));
        }
        for (String id : List.of("u1", "u2", "u3", "u4")) {
            service.save(unfinished(id, "state-" + id, "code-" + id));
        }

        assertThat(service.findById("u1")).isNull();
        assertThat(service.findByToken("code-u1", CODE)).isNull();
        assertThat(service.findById("u4")).isNotNull();
        assertThat(service.findByToken("refresh-f1", OAuth2TokenType.REFRESH_TOKEN)).isNotNull();
        assertThat(service.size()).isEqualTo(6);
    }

    @Test
    void dropsTheOldestFinishedAuthorizationBeyondTheLimit() {
        for (String id : List.of("f1", "f2", "f3", "f4")) {
            service.save(finished(unfinished(id, "state-" + id, "code-" + id), "access-" + id, "refresh-" + id, "id-" + id));
        }

        assertThat(service.findByToken("refresh-f1", OAuth2TokenType.REFRESH_TOKEN)).isNull();
        assertThat(service.findByToken("refresh-f4", OAuth2TokenType.REFRESH_TOKEN)).isNotNull();
        assertThat(service.size()).isEqualTo(3);
    }

    @Test
    void removesAnAuthorizationWithAllItsTokens() {
        OAuth2Authorization authorization = finished(unfinished("a", "state-a", "code-a"), "access-a", "refresh-a", "id-a");
        service.save(authorization);
        service.remove(authorization);

        assertThat(service.findById("a")).isNull();
        assertThat(service.findByToken("id-a", null)).isNull();
        assertThat(service.size()).isZero();
    }

    @Test
    void findsEveryAuthorizationWhileOthersAreSavedAndRemovedConcurrently() throws Exception {
        IndexedAuthorizationService shared = new IndexedAuthorizationService(100, 100_000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                String prefix = "t" + thread + "-";
                workers.add(pool.submit(() -> {
                    int found = 0;
                    for (int n = 0; n < 2000; n++) {
                        String id = prefix + n;
                        OAuth2Authorization started = unfinished(id, "state-" + id, "code-" + id);
                        shared.save(started);
                        found += shared.findByToken("code-" + id, CODE) == started ? 1 : 0;
                        OAuth2Authorization done = finished(started, "access-" + id, "refresh-" + id, "id-" + id);
                        shared.save(done);
                        found += shared.findByToken("refresh-" + id, null) == done ? 1 : 0;
                        if (n % 2 == 0) {
                            shared.remove(done);
                        }
                    }
                    return found;
                }));
            }
            for (Future<Integer> worker : workers) {
                assertThat(worker.get(60, TimeUnit.SECONDS)).isEqualTo(4000);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(shared.size()).isEqualTo(8 * 1000);
    }

    private static OAuth2Authorization unfinished(String id, String state, String code) {
        return OAuth2Authorization.withRegisteredClient(CLIENT)
                .id(id)
                .principalName("participant1")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .attribute(OAuth2ParameterNames.STATE, state)
                .token(new OAuth2AuthorizationCode(code, NOW, LATER))
                .build();
    }

    private static OAuth2Authorization finished(OAuth2Authorization started, String access, String refresh, String idToken) {
        return OAuth2Authorization.from(started)
                .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, access, NOW, LATER))
                .refreshToken(new OAuth2RefreshToken(refresh, NOW, LATER))
                .token(new OidcIdToken(idToken, NOW, LATER, Map.of("sub", "participant1")))
                .build();
    }
}
