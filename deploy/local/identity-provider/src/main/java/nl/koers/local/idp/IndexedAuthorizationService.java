package nl.koers.local.idp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2DeviceCode;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.OAuth2UserCode;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.util.Assert;

/**
 * The authorizations the server keeps between requests (an authorization request's state, codes, access,
 * refresh and ID tokens), in memory, safe under concurrent requests and bounded in number.
 *
 * <p>It replaces Spring's {@code InMemoryOAuth2AuthorizationService}, which keeps unfinished authorizations in
 * a {@code Collections.synchronizedMap} over a {@code LinkedHashMap} and iterates that map in
 * {@code findByToken} without holding its lock: a token request looking up its code while another login saves
 * its own authorization failed with {@code ConcurrentModificationException}, so {@code deploy/local/token} failed
 * now and then when tokens were fetched in parallel. It also found a token by scanning every authorization and
 * kept finished ones for ever.
 *
 * <p>Here every token value is an index entry pointing at its authorization's id, so a look-up is two hash
 * look-ups and takes no lock. Writes take one lock, so that an authorization, its index entries and the
 * eviction order change together; they are a few map operations each, so the lock is never held for long. A
 * reader may meet an index entry whose authorization has just been replaced; the found authorization is checked
 * to still hold the token, so that reader gets {@code null}, as it would a moment later.
 *
 * <p>Unfinished authorizations (no access token yet: a browser that never came back from the login form) and
 * finished ones are bounded separately, the oldest saved going first, so that abandoned logins cannot push out
 * the refresh tokens of people who are signed in. Dropping a finished authorization only ends its refresh
 * token and ID token hint: access tokens are self-contained JWTs that nobody looks up here.
 */
final class IndexedAuthorizationService implements OAuth2AuthorizationService {

    private static final OAuth2TokenType STATE = new OAuth2TokenType(OAuth2ParameterNames.STATE);
    private static final OAuth2TokenType CODE = new OAuth2TokenType(OAuth2ParameterNames.CODE);
    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);
    private static final OAuth2TokenType DEVICE_CODE = new OAuth2TokenType(OAuth2ParameterNames.DEVICE_CODE);
    private static final OAuth2TokenType USER_CODE = new OAuth2TokenType(OAuth2ParameterNames.USER_CODE);
    private static final List<OAuth2TokenType> INDEXED_TYPES = List.of(STATE, CODE, OAuth2TokenType.ACCESS_TOKEN,
            OAuth2TokenType.REFRESH_TOKEN, ID_TOKEN, DEVICE_CODE, USER_CODE);

    /** One index entry: a token value of one type (a client's {@code state} may equal another's code). */
    private record TokenKey(String type, String value) {
    }

    private final int maxUnfinished;
    private final int maxFinished;
    private final Map<String, OAuth2Authorization> byId = new ConcurrentHashMap<>();
    private final Map<TokenKey, String> idByToken = new ConcurrentHashMap<>();
    private final Object writeLock = new Object();
    // Oldest first; guarded by writeLock.
    private final SequencedSet<String> unfinished = new LinkedHashSet<>();
    private final SequencedSet<String> finished = new LinkedHashSet<>();

    IndexedAuthorizationService(int maxUnfinished, int maxFinished) {
        Assert.isTrue(maxUnfinished > 0 && maxFinished > 0, "the limits must be positive");
        this.maxUnfinished = maxUnfinished;
        this.maxFinished = maxFinished;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        Assert.notNull(authorization, "authorization cannot be null");
        String id = authorization.getId();
        List<TokenKey> keys = keysOf(authorization);
        synchronized (writeLock) {
            OAuth2Authorization previous = byId.put(id, authorization);
            if (previous != null) {
                keysOf(previous).stream().filter(key -> !keys.contains(key)).forEach(key -> idByToken.remove(key, id));
            }
            keys.forEach(key -> idByToken.put(key, id));
            unfinished.remove(id);
            finished.remove(id);
            boolean isFinished = authorization.getAccessToken() != null;
            SequencedSet<String> order = isFinished ? finished : unfinished;
            order.addLast(id);
            int limit = isFinished ? maxFinished : maxUnfinished;
            while (order.size() > limit) {
                drop(order.removeFirst());
            }
        }
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        Assert.notNull(authorization, "authorization cannot be null");
        synchronized (writeLock) {
            unfinished.remove(authorization.getId());
            finished.remove(authorization.getId());
            drop(authorization.getId());
        }
    }

    @Override
    public OAuth2Authorization findById(String id) {
        Assert.hasText(id, "id cannot be empty");
        return byId.get(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        Assert.hasText(token, "token cannot be empty");
        if (tokenType != null) {
            return find(new TokenKey(tokenType.getValue(), token));
        }
        for (OAuth2TokenType type : INDEXED_TYPES) {
            OAuth2Authorization found = find(new TokenKey(type.getValue(), token));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** How many authorizations are kept; for tests of the bounds. */
    int size() {
        return byId.size();
    }

    private OAuth2Authorization find(TokenKey key) {
        String id = idByToken.get(key);
        OAuth2Authorization authorization = id == null ? null : byId.get(id);
        return authorization != null && keysOf(authorization).contains(key) ? authorization : null;
    }

    // Callers hold writeLock.
    private void drop(String id) {
        OAuth2Authorization dropped = byId.remove(id);
        if (dropped != null) {
            keysOf(dropped).forEach(key -> idByToken.remove(key, id));
        }
    }

    private static List<TokenKey> keysOf(OAuth2Authorization authorization) {
        List<TokenKey> keys = new ArrayList<>(4);
        String state = authorization.getAttribute(OAuth2ParameterNames.STATE);
        if (state != null) {
            keys.add(new TokenKey(STATE.getValue(), state));
        }
        addToken(keys, CODE, authorization.getToken(OAuth2AuthorizationCode.class));
        addToken(keys, OAuth2TokenType.ACCESS_TOKEN, authorization.getToken(OAuth2AccessToken.class));
        addToken(keys, OAuth2TokenType.REFRESH_TOKEN, authorization.getToken(OAuth2RefreshToken.class));
        addToken(keys, ID_TOKEN, authorization.getToken(OidcIdToken.class));
        addToken(keys, DEVICE_CODE, authorization.getToken(OAuth2DeviceCode.class));
        addToken(keys, USER_CODE, authorization.getToken(OAuth2UserCode.class));
        return keys;
    }

    private static void addToken(List<TokenKey> keys, OAuth2TokenType type, OAuth2Authorization.Token<? extends OAuth2Token> token) {
        if (token != null) {
            keys.add(new TokenKey(type.getValue(), token.getToken().getTokenValue()));
        }
    }
}
