package com.mitpo.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A local stand-in for GitHub's OAuth endpoints and REST API (GitHub cannot be reached from
 * here): authorize redirects straight back with a code, the token endpoint checks the PKCE
 * verifier against the challenge, /user and /user/emails answer what the test set up.
 */
public final class GitHubStandIn {

    /** The GitHub user the next sign-in will be. */
    public record User(long id, String login, String name, String emailsJson) {
    }

    private static volatile User next;
    private static final Map<String, String> challengeByCode = new ConcurrentHashMap<>();
    private static final Map<String, User> userByToken = new ConcurrentHashMap<>();
    private static volatile Map<String, String> lastAuthorize = Map.of();
    private static volatile Map<String, String> lastTokenRequest = Map.of();

    private final HttpServer server;

    private GitHubStandIn(HttpServer server) {
        this.server = server;
    }

    public static GitHubStandIn start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/login/oauth/authorize", GitHubStandIn::authorize);
        server.createContext("/login/oauth/access_token", GitHubStandIn::token);
        server.createContext("/user", GitHubStandIn::user);
        server.start();
        return new GitHubStandIn(server);
    }

    public static void nextUser(User user) {
        next = user;
    }

    public static Map<String, String> lastAuthorize() {
        return lastAuthorize;
    }

    public static Map<String, String> lastTokenRequest() {
        return lastTokenRequest;
    }

    public void stop() {
        server.stop(0);
    }

    private static void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        lastAuthorize = query;
        String code = UUID.randomUUID().toString();
        challengeByCode.put(code, query.getOrDefault("code_challenge", ""));
        String location = query.get("redirect_uri") + "?code=" + code + "&state=" + query.get("state");
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        lastTokenRequest = body;
        String challenge = challengeByCode.remove(body.getOrDefault("code", ""));
        if (challenge == null || !challenge.equals(s256(body.getOrDefault("code_verifier", "")))) {
            respond(exchange, 400, "{\"error\":\"bad_verification_code\"}");
            return;
        }
        String token = "gho_" + UUID.randomUUID().toString().replace("-", "");
        userByToken.put(token, next);
        respond(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\",\"scope\":\"read:user,user:email\"}");
    }

    private static void user(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        User user = auth == null ? null : userByToken.get(auth.replaceFirst("(?i)^Bearer ", ""));
        if (user == null) {
            respond(exchange, 401, "{\"message\":\"Bad credentials\"}");
        } else if (exchange.getRequestURI().getPath().equals("/user/emails")) {
            respond(exchange, 200, user.emailsJson());
        } else {
            respond(exchange, 200, "{\"id\":" + user.id() + ",\"login\":\"" + user.login() + "\",\"name\":"
                    + (user.name() == null ? "null" : "\"" + user.name() + "\"") + ",\"email\":null}");
        }
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Map<String, String> form(String encoded) {
        var map = new HashMap<String, String>();
        if (encoded != null) {
            for (String pair : encoded.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    map.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return map;
    }
}
