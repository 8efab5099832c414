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

    public static HttpResponse<String> get(URL base, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(resolve(base, path)).GET());
    }

    public static HttpResponse<String> postForm(URL base, String path, String form)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(resolve(base, path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI resolve(URL base, String path) {
        return URI.create(base.toString()).resolve(path);
    }
}
