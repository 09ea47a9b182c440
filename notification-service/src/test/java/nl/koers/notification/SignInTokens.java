package nl.koers.notification;

import java.util.HashMap;
import java.util.Map;
import nl.koers.testsupport.TestTokens;

/**
 * Access tokens that carry {@code email} and {@code name} claims, as the identity provider's do: what
 * {@code PUT /api/notifications/address} reads. A claim left null is left out, as a provider without it would.
 */
final class SignInTokens {

    private SignInTokens() {
    }

    static String mint(String subject, String role, String email, String name) {
        Map<String, Object> claims = new HashMap<>();
        if (email != null) {
            claims.put("email", email);
        }
        if (name != null) {
            claims.put("name", name);
        }
        return TestTokens.get().mint(subject, role, claims);
    }
}
