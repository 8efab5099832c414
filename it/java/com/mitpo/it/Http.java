package com.mitpo.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP against the deployed application, as a browser or a script would send it. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Http() {
    }

    /** A JSON call with optional extra headers given as name, value, name, value ... */
    public static HttpResponse<String> json(URL base, String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        var request = request(base, path)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    public static HttpResponse<String> get(URL base, String path, String... headers)
            throws IOException, InterruptedException {
        var request = request(base, path).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** A form post with optional extra headers given as name, value, name, value ... */
    public static HttpResponse<String> postForm(URL base, String path, String form, String... headers)
            throws IOException, InterruptedException {
        var request = request(base, path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** A request to {@code path} for a test to finish building (another method, a streamed body). */
    public static HttpRequest.Builder request(URL base, String path) {
        return HttpRequest.newBuilder(resolve(base, path));
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Appends the path verbatim (no resolving: "//x" and "/a/../b" must reach the server as written). */
    private static URI resolve(URL base, String path) {
        String root = base.getProtocol() + "://" + base.getAuthority();
        return URI.create(root + path);
    }
}
