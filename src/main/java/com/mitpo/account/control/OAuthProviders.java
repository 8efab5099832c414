package com.mitpo.account.control;

import com.mitpo.account.boundary.OAuthIdentity;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two sign-in providers, through the Nimbus OAuth 2.0 / OpenID Connect SDK. Google is
 * OpenID Connect (discovery, state, nonce, PKCE S256, ID token signature, issuer and audience
 * checks); GitHub is OAuth 2 with state and PKCE, the identity its numeric user id, and an
 * email trusted only when /user/emails marks it primary and verified. Every endpoint comes
 * from configuration, so tests run against local stand-ins.
 */
@ApplicationScoped
public class OAuthProviders {

    public static final String GOOGLE = "google";
    public static final String GITHUB = "github";

    /** What the browser's session keeps between the redirect out and the callback. */
    public record Pending(String provider, String state, String nonce, String codeVerifier, String next)
            implements Serializable {
    }

    @Inject
    @ConfigProperty(name = "mitpo.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "mitpo.oauth.google.client-id")
    Optional<String> googleClientId;

    @Inject
    @ConfigProperty(name = "mitpo.oauth.google.client-secret")
    Optional<String> googleClientSecret;

    @Inject
    @ConfigProperty(name = "mitpo.oauth.google.issuer", defaultValue = "https://accounts.google.com")
    String googleIssuer;

    @Inject
    @ConfigProperty(name = "mitpo.oauth.github.client-id")
    Optional<String> githubClientId;

    @Inject
    @ConfigProperty(name = "mitpo.oauth.github.client-secret")
    Optional<String> githubClientSecret;

    @Inject
    @ConfigProperty(name = "mitpo.oauth.github.authorize-url", defaultValue = "https://github.com/login/oauth/authorize")
    String githubAuthorizeUrl;

    @Inject
    @ConfigProperty(name = "mitpo.oauth.github.token-url", defaultValue = "https://github.com/login/oauth/access_token")
    String githubTokenUrl;

    @Inject
    @ConfigProperty(name = "mitpo.oauth.github.api-url", defaultValue = "https://api.github.com")
    String githubApiUrl;

    private volatile OIDCProviderMetadata googleMetadata;

    public boolean isEnabled(String provider) {
        return switch (provider == null ? "" : provider) {
            case GOOGLE -> googleClientId.isPresent() && googleClientSecret.isPresent();
            case GITHUB -> githubClientId.isPresent() && githubClientSecret.isPresent();
            default -> false;
        };
    }

    /** Where to send the browser, and what to remember until it comes back. */
    public Start start(String provider, String next) throws Exception {
        State state = new State();
        CodeVerifier verifier = new CodeVerifier();
        if (GOOGLE.equals(provider)) {
            Nonce nonce = new Nonce();
            URI url = new AuthenticationRequest.Builder(new ResponseType("code"), new Scope("openid", "email", "profile"),
                    new ClientID(googleClientId.get()), callback(provider))
                    .endpointURI(google().getAuthorizationEndpointURI())
                    .state(state).nonce(nonce).codeChallenge(verifier, CodeChallengeMethod.S256)
                    .build().toURI();
            return new Start(url, new Pending(provider, state.getValue(), nonce.getValue(), verifier.getValue(), next));
        }
        URI url = new AuthorizationRequest.Builder(new ResponseType("code"), new ClientID(githubClientId.get()))
                .endpointURI(URI.create(githubAuthorizeUrl))
                .redirectionURI(callback(provider))
                .scope(new Scope("read:user", "user:email"))
                .state(state).codeChallenge(verifier, CodeChallengeMethod.S256)
                .build().toURI();
        return new Start(url, new Pending(provider, state.getValue(), null, verifier.getValue(), next));
    }

    /** The redirect out. */
    public record Start(URI url, Pending pending) {
    }

    /**
     * Completes the flow the callback reports. Refuses a missing or different state; for
     * Google also an ID token with another nonce, issuer or audience, or a bad signature.
     */
    public OAuthIdentity finish(Pending pending, String code, String state) throws Exception {
        if (pending == null || state == null || !pending.state().equals(state) || code == null) {
            throw new SecurityException("state does not match this browser's sign-in");
        }
        return GOOGLE.equals(pending.provider()) ? finishGoogle(pending, code) : finishGithub(pending, code);
    }

    private OAuthIdentity finishGoogle(Pending pending, String code) throws Exception {
        OIDCProviderMetadata metadata = google();
        var clientId = new ClientID(googleClientId.get());
        var request = new TokenRequest(metadata.getTokenEndpointURI(),
                new ClientSecretBasic(clientId, new Secret(googleClientSecret.get())),
                new AuthorizationCodeGrant(new AuthorizationCode(code), callback(GOOGLE), new CodeVerifier(pending.codeVerifier())));
        TokenResponse response = OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
        if (!response.indicatesSuccess()) {
            throw new SecurityException("token request refused: " + response.toErrorResponse().getErrorObject());
        }
        var tokens = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens();
        var validator = new IDTokenValidator(metadata.getIssuer(), clientId, JWSAlgorithm.RS256,
                metadata.getJWKSetURI().toURL());
        IDTokenClaimsSet claims = validator.validate(tokens.getIDToken(), new Nonce(pending.nonce()));
        Boolean verified = claims.getBooleanClaim("email_verified");
        String email = claims.getStringClaim("email");
        return new OAuthIdentity(GOOGLE, claims.getSubject().getValue(),
                Boolean.TRUE.equals(verified) && email != null ? Optional.of(email) : Optional.empty(),
                claims.getStringClaim("name"));
    }

    private OAuthIdentity finishGithub(Pending pending, String code) throws Exception {
        var request = new TokenRequest(URI.create(githubTokenUrl),
                new ClientSecretBasic(new ClientID(githubClientId.get()), new Secret(githubClientSecret.get())),
                new AuthorizationCodeGrant(new AuthorizationCode(code), callback(GITHUB), new CodeVerifier(pending.codeVerifier())));
        HTTPRequest http = request.toHTTPRequest();
        http.setAccept("application/json");
        TokenResponse response = TokenResponse.parse(http.send());
        if (!response.indicatesSuccess()) {
            throw new SecurityException("token request refused: " + response.toErrorResponse().getErrorObject());
        }
        var accessToken = response.toSuccessResponse().getTokens().getBearerAccessToken();
        JsonObject user = Json.createReader(new StringReader(get(githubApiUrl + "/user", accessToken))).readObject();
        JsonArray emails = Json.createReader(new StringReader(get(githubApiUrl + "/user/emails", accessToken))).readArray();
        Optional<String> verifiedPrimary = emails.stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getBoolean("primary", false) && e.getBoolean("verified", false))
                .map(e -> e.getString("email")).findFirst();
        String name = user.isNull("name") ? user.getString("login", null) : user.getString("name", null);
        return new OAuthIdentity(GITHUB, user.getJsonNumber("id").bigIntegerValueExact().toString(), verifiedPrimary, name);
    }

    private static String get(String url, BearerAccessToken token) throws Exception {
        var http = new HTTPRequest(HTTPRequest.Method.GET, URI.create(url));
        http.setAuthorization(token.toAuthorizationHeader());
        http.setAccept("application/vnd.github+json");
        var response = http.send();
        if (response.getStatusCode() != 200) {
            throw new SecurityException("GitHub answered " + response.getStatusCode() + " for " + url);
        }
        return response.getBody();
    }

    private OIDCProviderMetadata google() throws Exception {
        if (googleMetadata == null) {
            googleMetadata = OIDCProviderMetadata.resolve(new Issuer(googleIssuer));
        }
        return googleMetadata;
    }

    private URI callback(String provider) {
        return URI.create(publicUrl + "/api/auth/callback/" + provider);
    }
}
