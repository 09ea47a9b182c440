package nl.koers.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.koers.web.ApiStandIn;
import nl.koers.web.WebProperties;
import nl.koers.web.notification.SignInAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.client.RestClient;

/**
 * After signing in: the sign-in's address goes to notification-service with the new access token, and the person
 * goes on to the page they asked for, whether notification-service answers, refuses or is away.
 */
class AddressOnSignInTest {

    private static final ApiStandIn API = new ApiStandIn();
    private static final String ADDRESS = "/api/notifications/address";

    private final HttpSessionOAuth2AuthorizedClientRepository clients = new HttpSessionOAuth2AuthorizedClientRepository();
    private final Authentication user = new TestingAuthenticationToken("participant111", null, List.of());

    @AfterEach
    void forget() {
        API.reset();
    }

    @AfterAll
    static void stop() {
        API.close();
    }

    @Test
    void handsTheAddressOverWithTheNewTokenAndGoesOnToThePageAskedFor() throws Exception {
        API.json("PUT", ADDRESS, 204, "");
        MockHttpServletRequest request = signedIn("token-of-participant111");
        askedFor(request, "/invitations/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new AddressOnSignIn(address(API.uri()), clients).onAuthenticationSuccess(request, response, user);

        assertThat(response.getRedirectedUrl()).startsWith("http://localhost/invitations/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");
        await().atMost(Duration.ofSeconds(10)).until(() -> !API.received().isEmpty());
        assertThat(API.received()).singleElement().satisfies(put -> {
            assertThat(put.method() + " " + put.pathAndQuery()).isEqualTo("PUT " + ADDRESS);
            assertThat(put.authorization()).isEqualTo("Bearer token-of-participant111");
            assertThat(put.body()).isEmpty();
        });
    }

    @Test
    void goesOnToTheHomePageWhenNothingWasAskedFor() throws Exception {
        API.json("PUT", ADDRESS, 204, "");
        MockHttpServletRequest request = signedIn("token");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new AddressOnSignIn(address(API.uri()), clients).onAuthenticationSuccess(request, response, user);

        assertThat(response.getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void signsInAllTheSameWhenNotificationServiceRefuses() throws Exception {
        API.problem("PUT", ADDRESS, 400, "invalid-request", "email is missing from your sign-in",
                "[{\"field\":\"email\",\"message\":\"is missing from your sign-in\"}]");
        SignInAddress address = address(API.uri());
        MockHttpServletRequest request = signedIn("token");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new AddressOnSignIn(address, clients).onAuthenticationSuccess(request, response, user);

        assertThat(response.getRedirectedUrl()).isEqualTo("/");
        assertThat(address.handOver("token")).succeedsWithin(Duration.ofSeconds(10));
    }

    @Test
    void signsInAllTheSameWhenNotificationServiceIsAway() throws Exception {
        SignInAddress address = address("http://127.0.0.1:1");
        MockHttpServletRequest request = signedIn("token");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new AddressOnSignIn(address, clients).onAuthenticationSuccess(request, response, user);

        assertThat(response.getRedirectedUrl()).isEqualTo("/");
        assertThat(address.handOver("token")).succeedsWithin(Duration.ofSeconds(10));
    }

    @Test
    void signsInAllTheSameWithoutTokensToHandOver() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login/oauth2/code/koers");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new AddressOnSignIn(address(API.uri()), clients).onAuthenticationSuccess(request, response, user);

        assertThat(response.getRedirectedUrl()).isEqualTo("/");
        assertThat(API.received()).isEmpty();
    }

    private static SignInAddress address(String api) {
        return new SignInAddress(RestClient.builder(), new WebProperties(URI.create(api), Duration.ofSeconds(5)));
    }

    /** The request the login filter answers, with the tokens it saved in the session just before. */
    private MockHttpServletRequest signedIn(String accessToken) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login/oauth2/code/koers");
        OAuth2AccessToken token = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken, Instant.now(),
                Instant.now().plusSeconds(300));
        clients.saveAuthorizedClient(new OAuth2AuthorizedClient(registration(), "participant111", token), user, request,
                new MockHttpServletResponse());
        return request;
    }

    /** A page asked for before signing in, as the sign-in entry point remembers it. */
    private static void askedFor(MockHttpServletRequest request, String path) {
        MockHttpServletRequest asked = new MockHttpServletRequest("GET", path);
        asked.setSession(request.getSession());
        new HttpSessionRequestCache().saveRequest(asked, new MockHttpServletResponse());
    }

    private static ClientRegistration registration() {
        return ClientRegistration.withRegistrationId("koers").clientId("koers-web")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri("http://127.0.0.1:9000/oauth2/authorize").tokenUri("http://127.0.0.1:9000/oauth2/token")
                .build();
    }
}
