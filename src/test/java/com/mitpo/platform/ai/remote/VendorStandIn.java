package com.mitpo.platform.ai.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * A local stand-in for the vendors' HTTP APIs, so the real LangChain4j clients can be tested
 * without the network. It records every request and answers the vendor's reply shape; routes
 * it does not know get a 404, so a client aiming at the wrong path fails the test.
 */
final class VendorStandIn implements AutoCloseable {

    static final String OPENAI_REPLY = "Fresh copy from the OpenAI stand-in";
    static final String ANTHROPIC_REPLY = "Fresh copy from the Anthropic stand-in";
    static final String GEMINI_REPLY = "Fresh copy from the Gemini stand-in";
    /** The vectors the embeddings route answers, one per input text (up to three texts). */
    static final float[][] VECTORS = { { 0.25f, -0.5f, 1.0f }, { 0.125f, 0.75f, -2.0f }, { 3.5f, 0.0f, -0.0625f } };

    /**
     * The image the images route paints, at the requested size (1024x1024 without one): this
     * colour, with {@link #IMAGE_EDGE} bands along the top and bottom tenths and the left and
     * right tenths, so a test can tell a centre crop from a squeeze.
     */
    static final Color IMAGE_MIDDLE = new Color(0x2E, 0x8B, 0x57);
    static final Color IMAGE_EDGE = new Color(0xC0, 0x39, 0x2B);
    /** What the images route answers instead of base64 after {@link #answerImagesWithUrl()}. */
    static final String IMAGE_URL = "https://cdn.example.invalid/img-standin.png?sig=secret";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GEMINI_PATH = Pattern.compile("/v1beta/models/([^/:]+):generateContent");
    private static final Pattern GEMINI_STREAM_PATH = Pattern.compile("/v1beta/models/([^/:]+):streamGenerateContent");
    private static final Pattern WORD = Pattern.compile("\\S+\\s*");

    /** One request as it arrived; header names are lower-cased. */
    record Recorded(String method, String path, String query, Map<String, List<String>> headers, JsonNode body) {

        String header(String name) {
            var values = headers.get(name);
            return values == null ? null : values.get(0);
        }
    }

    private final HttpServer server;
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private volatile int failWith;
    private volatile boolean withoutText;
    private volatile boolean imagesAsUrl;
    private volatile long streamPauseMs;
    private final AtomicInteger piecesSent = new AtomicInteger();
    private volatile boolean clientLeft;

    VendorStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** The stand-in's root plus {@code path}, e.g. url("/v1"). */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** From now on, every request is answered with this status and a vendor-like error body. */
    void failWith(int status) {
        failWith = status;
    }

    /** From now on, chat completions answer with a null content (as a refusal can). */
    void answerWithoutText() {
        withoutText = true;
    }

    /** From now on, image generations answer with a URL and no base64 data (as dall-e can). */
    void answerImagesWithUrl() {
        imagesAsUrl = true;
    }

    /** From now on, a streamed reply waits this long before each piece after the first. */
    void pauseBetweenPieces(long millis) {
        streamPauseMs = millis;
    }

    /** The text pieces the streaming routes have written so far, over all requests. */
    int piecesSent() {
        return piecesSent.get();
    }

    /** True once a client closed a stream before its reply was written out. */
    boolean clientLeft() {
        return clientLeft;
    }

    /** The pieces a streamed reply is sent in: its words, each with the space after it. */
    static List<String> pieces(String reply) {
        return WORD.matcher(reply).results().map(m -> m.group()).toList();
    }

    List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /** The only request so far; fails when there were none or several (a retry, say). */
    Recorded onlyRequest() {
        if (requests.size() != 1) {
            throw new AssertionError("expected one request, got " + requests.size());
        }
        return requests.get(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var raw = exchange.getRequestBody().readAllBytes();
            var headers = new HashMap<String, List<String>>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
            var path = exchange.getRequestURI().getPath();
            var body = raw.length == 0 ? JSON.missingNode() : JSON.readTree(raw);
            requests.add(new Recorded(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                    headers, body));

            if (failWith != 0) {
                respond(exchange, failWith, "{\"error\":{\"message\":\"stand-in failure\",\"type\":\"server_error\"}}");
            } else if (!"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, "{}");
            } else if (path.equals("/v1/chat/completions") && body.path("stream").asBoolean()) {
                stream(exchange, openAiChunks(body, withoutText ? "" : OPENAI_REPLY));
            } else if (path.equals("/v1/chat/completions")) {
                respond(exchange, 200, openAiChat(body, withoutText ? null : OPENAI_REPLY));
            } else if (path.equals("/v1/embeddings")) {
                respond(exchange, 200, openAiEmbeddings(body));
            } else if (path.equals("/v1/images/generations")) {
                respond(exchange, 200, openAiImages(body, imagesAsUrl));
            } else if (path.equals("/v1/messages") && body.path("stream").asBoolean()) {
                stream(exchange, anthropicEvents(body));
            } else if (path.equals("/v1/messages")) {
                respond(exchange, 200, anthropicMessage(body));
            } else if (GEMINI_STREAM_PATH.matcher(path).matches() && "alt=sse".equals(exchange.getRequestURI().getRawQuery())) {
                stream(exchange, geminiChunks());
            } else if (GEMINI_PATH.matcher(path).matches()) {
                respond(exchange, 200, geminiContent());
            } else {
                respond(exchange, 404, "{\"error\":{\"message\":\"no such route\"}}");
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        var bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String openAiChat(JsonNode request, String content) throws IOException {
        var reply = JSON.createObjectNode().put("id", "chatcmpl-standin").put("object", "chat.completion")
                .put("created", 1767225600).put("model", request.path("model").asText());
        var choice = reply.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        reply.putObject("usage").put("prompt_tokens", 12).put("completion_tokens", 7).put("total_tokens", 19);
        return JSON.writeValueAsString(reply);
    }

    /** One server-sent event: its type (or null) and its data. */
    private record Event(String type, String data, boolean piece) {

        static Event piece(String type, String data) {
            return new Event(type, data, true);
        }

        static Event other(String type, String data) {
            return new Event(type, data, false);
        }
    }

    /**
     * Writes the events as server-sent events, each flushed on its own, pausing before every
     * piece but the first; notes when the client goes away before the end.
     */
    private void stream(HttpExchange exchange, List<Event> events) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        boolean first = true;
        try {
            for (Event event : events) {
                if (event.piece() && !first) {
                    pause(streamPauseMs);
                }
                var text = (event.type() == null ? "" : "event: " + event.type() + "\n") + "data: " + event.data() + "\n\n";
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (event.piece()) {
                    first = false;
                    piecesSent.incrementAndGet();
                }
            }
        } catch (IOException gone) {
            clientLeft = true;
        }
    }

    private static void pause(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Chat-completion chunks: the role, the reply's pieces, the finish, then [DONE]. */
    private static List<Event> openAiChunks(JsonNode request, String reply) throws IOException {
        var events = new ArrayList<Event>();
        events.add(Event.other(null, openAiChunk(request, d -> d.put("role", "assistant").put("content", ""), null)));
        for (String piece : pieces(reply)) {
            events.add(Event.piece(null, openAiChunk(request, d -> d.put("content", piece), null)));
        }
        events.add(Event.other(null, openAiChunk(request, d -> { }, "stop")));
        events.add(Event.other(null, "[DONE]"));
        return events;
    }

    private static String openAiChunk(JsonNode request, Consumer<ObjectNode> delta, String finishReason) throws IOException {
        var chunk = JSON.createObjectNode().put("id", "chatcmpl-standin").put("object", "chat.completion.chunk")
                .put("created", 1767225600).put("model", request.path("model").asText());
        var choice = chunk.putArray("choices").addObject().put("index", 0);
        delta.accept(choice.putObject("delta"));
        choice.put("finish_reason", finishReason);
        return JSON.writeValueAsString(chunk);
    }

    /** Anthropic's stream: message_start, one text block in deltas, message_delta, message_stop. */
    private static List<Event> anthropicEvents(JsonNode request) throws IOException {
        var events = new ArrayList<Event>();
        var start = JSON.createObjectNode().put("type", "message_start");
        var message = start.putObject("message").put("id", "msg_standin").put("type", "message").put("role", "assistant")
                .put("model", request.path("model").asText());
        message.putArray("content");
        message.putNull("stop_reason").putNull("stop_sequence");
        message.putObject("usage").put("input_tokens", 12).put("output_tokens", 1);
        events.add(Event.other("message_start", JSON.writeValueAsString(start)));
        var blockStart = JSON.createObjectNode().put("type", "content_block_start").put("index", 0);
        blockStart.putObject("content_block").put("type", "text").put("text", "");
        events.add(Event.other("content_block_start", JSON.writeValueAsString(blockStart)));
        events.add(Event.other("ping", "{\"type\": \"ping\"}"));
        for (String piece : pieces(ANTHROPIC_REPLY)) {
            var delta = JSON.createObjectNode().put("type", "content_block_delta").put("index", 0);
            delta.putObject("delta").put("type", "text_delta").put("text", piece);
            events.add(Event.piece("content_block_delta", JSON.writeValueAsString(delta)));
        }
        events.add(Event.other("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}"));
        var end = JSON.createObjectNode().put("type", "message_delta");
        end.putObject("delta").put("stop_reason", "end_turn").putNull("stop_sequence");
        end.putObject("usage").put("output_tokens", 7);
        events.add(Event.other("message_delta", JSON.writeValueAsString(end)));
        events.add(Event.other("message_stop", "{\"type\":\"message_stop\"}"));
        return events;
    }

    /** Gemini's stream: one generateContent response per piece, the last with its finish reason and usage. */
    private static List<Event> geminiChunks() throws IOException {
        var events = new ArrayList<Event>();
        List<String> pieces = pieces(GEMINI_REPLY);
        for (int i = 0; i < pieces.size(); i++) {
            var reply = JSON.createObjectNode();
            var candidate = reply.putArray("candidates").addObject();
            candidate.putObject("content").put("role", "model").putArray("parts").addObject().put("text", pieces.get(i));
            candidate.put("index", 0);
            if (i == pieces.size() - 1) {
                candidate.put("finishReason", "STOP");
                reply.putObject("usageMetadata").put("promptTokenCount", 12).put("candidatesTokenCount", 7)
                        .put("totalTokenCount", 19);
            }
            reply.put("modelVersion", "gemini-standin");
            events.add(Event.piece(null, JSON.writeValueAsString(reply)));
        }
        return events;
    }

    private static String openAiEmbeddings(JsonNode request) throws IOException {
        var data = JSON.createArrayNode();
        for (int i = 0; i < request.path("input").size(); i++) {
            var item = data.addObject().put("object", "embedding").put("index", i);
            var vector = item.putArray("embedding");
            for (float f : VECTORS[i]) {
                vector.add(f);
            }
        }
        var reply = JSON.createObjectNode().put("object", "list");
        reply.set("data", data);
        reply.put("model", request.path("model").asText());
        reply.putObject("usage").put("prompt_tokens", 8).put("total_tokens", 8);
        return JSON.writeValueAsString(reply);
    }

    private static String openAiImages(JsonNode request, boolean asUrl) throws IOException {
        var reply = JSON.createObjectNode().put("created", 1767225600);
        var image = reply.putArray("data").addObject();
        if (asUrl) {
            image.put("url", IMAGE_URL);
        } else {
            var size = request.path("size").asText("1024x1024").split("x");
            image.put("b64_json", Base64.getEncoder().encodeToString(
                    png(Integer.parseInt(size[0]), Integer.parseInt(size[1]))));
        }
        reply.putObject("usage").put("input_tokens", 50).put("output_tokens", 4160).put("total_tokens", 4210);
        return JSON.writeValueAsString(reply);
    }

    /** The middle colour framed by edge bands a tenth of the width and height deep. */
    static byte[] png(int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(IMAGE_EDGE);
        g.fillRect(0, 0, width, height);
        g.setColor(IMAGE_MIDDLE);
        g.fillRect(width / 10, height / 10, width - 2 * (width / 10), height - 2 * (height / 10));
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String anthropicMessage(JsonNode request) throws IOException {
        var reply = JSON.createObjectNode().put("id", "msg_standin").put("type", "message").put("role", "assistant")
                .put("model", request.path("model").asText());
        reply.putArray("content").addObject().put("type", "text").put("text", ANTHROPIC_REPLY);
        reply.put("stop_reason", "end_turn").putNull("stop_sequence");
        reply.putObject("usage").put("input_tokens", 12).put("output_tokens", 7);
        return JSON.writeValueAsString(reply);
    }

    private static String geminiContent() throws IOException {
        var reply = JSON.createObjectNode();
        var candidate = reply.putArray("candidates").addObject();
        var content = candidate.putObject("content").put("role", "model");
        content.putArray("parts").addObject().put("text", GEMINI_REPLY);
        candidate.put("finishReason", "STOP").put("index", 0);
        reply.putObject("usageMetadata").put("promptTokenCount", 12).put("candidatesTokenCount", 7)
                .put("totalTokenCount", 19);
        reply.put("modelVersion", "gemini-standin");
        return JSON.writeValueAsString(reply);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
