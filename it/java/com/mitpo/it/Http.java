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

    /**
     * Sends one JSON POST per body so that all are in flight at once: every connection is opened
     * and sent all but the last byte of its request, then the last bytes go out together (the
     * "last-byte sync" of race-condition testing). Connections come from 127.0.0.2 onwards,
     * {@code perAddress} each, so the per-address cap on requests in progress does not queue
     * them. Answers each request's HTTP status, in order.
     */
    public static java.util.List<Integer> postAllAtOnce(URL base, String path, java.util.List<String> bodies,
            int perAddress, String... headers) throws IOException {
        var sockets = new java.util.ArrayList<java.net.Socket>();
        var lastBytes = new java.util.ArrayList<Byte>();
        try {
            for (int i = 0; i < bodies.size(); i++) {
                var from = java.net.InetAddress.getByName("127.0.0." + (2 + i / perAddress));
                var socket = new java.net.Socket(java.net.InetAddress.getByName(base.getHost()), base.getPort(), from, 0);
                socket.setSoTimeout(60_000);
                sockets.add(socket);
                byte[] body = bodies.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                var head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: " + base.getAuthority()
                        + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n");
                for (int h = 0; h + 1 < headers.length; h += 2) {
                    head.append(headers[h]).append(": ").append(headers[h + 1]).append("\r\n");
                }
                var out = socket.getOutputStream();
                out.write(head.append("\r\n").toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.write(body, 0, body.length - 1);
                out.flush();
                lastBytes.add(body[body.length - 1]);
            }
            for (int i = 0; i < sockets.size(); i++) {
                sockets.get(i).getOutputStream().write(lastBytes.get(i));
                sockets.get(i).getOutputStream().flush();
            }
            var statuses = new java.util.ArrayList<Integer>();
            for (var socket : sockets) {
                var reader = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                        java.nio.charset.StandardCharsets.US_ASCII));
                String statusLine = reader.readLine();
                statuses.add(statusLine == null ? -1 : Integer.parseInt(statusLine.split(" ")[1]));
            }
            return statuses;
        } finally {
            for (var socket : sockets) {
                socket.close();
            }
        }
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
