package nl.koers.web.security;

import java.net.URI;

/**
 * The Content-Security-Policy of every page: scripts and styles only from the app itself (no inline ones, so
 * an injected {@code <script>} cannot run), no framing, and forms may post only here or, when signing out,
 * continue to the identity provider (Chromium applies {@code form-action} to the redirects after a post).
 */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    /** @param providerPage any page of the identity provider (its authorization endpoint), for its origin */
    static String directives(String providerPage) {
        URI provider = URI.create(providerPage);
        String providerOrigin = provider.getScheme() + "://" + provider.getAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action 'self' " + providerOrigin;
    }
}
