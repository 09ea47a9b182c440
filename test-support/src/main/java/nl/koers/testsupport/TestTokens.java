package nl.koers.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A token issuer for service tests: RS256 access tokens shaped like the identity provider's (sub, roles,
 * coalitions, aud {@code koers}), signed by a key whose JWKS is served over real HTTP, so the services'
 * resource-server validation runs unchanged. The system tests use the real identity provider instead.
 */
public final class TestTokens {

    public static final String AUDIENCE = "koers";

    private static TestTokens instance;

    private final RSAKey key;
    private final String issuer;

    private TestTokens(RSAKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    public static synchronized TestTokens get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    public String issuer() {
        return issuer;
    }

    public String jwkSetUri() {
        return issuer + "/oauth2/jwks";
    }

    /** A valid token for {@code subject} with one role (participant, facilitator, organiser, coalition, admin). */
    public String mint(String subject, String role) {
        return mint(subject, role, List.of(), issuer, Duration.ofMinutes(30));
    }

    /**
     * A valid token with more claims, as the identity provider's carry them: {@code email} and {@code name}, which
     * notification-service takes as a staff member's address.
     */
    public String mint(String subject, String role, Map<String, Object> extraClaims) {
        return mint(subject, role, List.of(), issuer, Duration.ofMinutes(30), extraClaims);
    }

    public String mint(String subject, String role, List<String> coalitions, String tokenIssuer, Duration validFor) {
        return mint(subject, role, coalitions, tokenIssuer, validFor, Map.of());
    }

    private String mint(String subject, String role, List<String> coalitions, String tokenIssuer, Duration validFor,
                        Map<String, Object> extraClaims) {
        Instant now = Instant.now();
        // A negative validity gives an expired token: issued before it expired, as a real one would be.
        Instant issued = validFor.isNegative() ? now.plus(validFor).minus(Duration.ofMinutes(30)) : now;
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(tokenIssuer)
                .subject(subject)
                .audience(AUDIENCE)
                .issueTime(Date.from(issued))
                .notBeforeTime(Date.from(issued.minusSeconds(5)))
                .expirationTime(Date.from(now.plus(validFor)))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", List.of(role))
                .claim("coalitions", coalitions);
        extraClaims.forEach(builder::claim);
        JWTClaimsSet claims = builder.build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static TestTokens start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/oauth2/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(jwks);
                }
            });
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
            return new TestTokens(key, "http://127.0.0.1:" + server.getAddress().getPort());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
