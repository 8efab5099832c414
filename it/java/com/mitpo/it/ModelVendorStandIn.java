package com.mitpo.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paid model vendor that cannot be reached from here, played on loopback for the server
 * under test: OpenAI's chat-completions route (the one the OpenAI provider calls) and
 * Anthropic's messages route. Each records what it was sent. Asked for brand context, the
 * OpenAI side answers in the JSON the instructions ask for, quoting the first sentence of the
 * document, plus one item whose quote is not in the document at all. Asked to stream, it answers
 * a chat: a sentence citing the first source label of the system message and one made-up label,
 * in chunks a quarter of a second apart, so a test can see the reply half-written.
 */
public final class ModelVendorStandIn {

    public static final String INVENTED_QUOTE = "We have offices on the moon.";
    /** Words that, anywhere in a request, make the vendor take three seconds to answer. */
    public static final String SLOW = "take your time";
    /** The streamed chat answer; {@link #CITED} stands for the first source label of the system message. */
    public static final String STREAMED_ANSWER = "Stand-in answer grounded in [S1]. A made-up source [S99] too.";
    /** The streamed chat answer when the system message has no source label. */
    public static final String STREAMED_WITHOUT_SOURCES = "Stand-in answer with nothing to cite.";
    /** A label the streamed answer cites that no source has. */
    public static final String MADE_UP_LABEL = "[S99]";
    /** The streamed answer comes in about this many chunks, this far apart. */
    public static final int STREAM_CHUNKS = 8;
    public static final long STREAM_PAUSE_MS = 250;

    private static final String CITED = "[S1]";
    private static final Pattern SOURCE_LABEL = Pattern.compile("\\[S\\d+\\]");
    private static final Pattern WORD = Pattern.compile("\\S+\\s*");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();

    private ModelVendorStandIn(HttpServer server) {
        this.server = server;
    }

    public static ModelVendorStandIn start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        var standIn = new ModelVendorStandIn(server);
        server.createContext("/", standIn::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool()); // a slow answer holds up no other
        server.start();
        return standIn;
    }

    /** The bodies received so far, oldest first. */
    public List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    public void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            requests.add(body);
            if (body.toString().contains(SLOW)) {
                pause(); // long enough for a test to see the page while the call is out
            }
            String path = exchange.getRequestURI().getPath();
            String reply;
            if (path.equals("/v1/chat/completions") && body.path("stream").asBoolean()) {
                streamChat(exchange, body);
                return;
            } else if (path.equals("/v1/chat/completions")) {
                reply = openAiReply(body);
            } else if (path.equals("/v1/messages")) {
                reply = anthropicReply(body);
            } else {
                respond(exchange, 404, "{\"error\":{\"message\":\"no such route\"}}");
                return;
            }
            respond(exchange, 200, reply);
        }
    }

    private static String openAiReply(JsonNode request) {
        String document = request.path("messages").get(request.path("messages").size() - 1).path("content").asText();
        ObjectNode reply = JSON.createObjectNode().put("id", "chatcmpl-it").put("object", "chat.completion")
                .put("created", 1767225600).put("model", request.path("model").asText());
        ObjectNode choice = reply.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", contextJson(document));
        reply.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 10).put("total_tokens", 20);
        return reply.toString();
    }

    /** The chat answer for this request: the first source label of its system message cited, or none. */
    public static String streamedAnswer(JsonNode request) {
        Matcher label = SOURCE_LABEL.matcher(systemText(request));
        return label.find() ? STREAMED_ANSWER.replace(CITED, label.group()) : STREAMED_WITHOUT_SOURCES;
    }

    private static String systemText(JsonNode request) {
        var text = new StringBuilder();
        for (JsonNode message : request.path("messages")) {
            if ("system".equals(message.path("role").asText())) {
                JsonNode content = message.path("content");
                if (content.isArray()) {
                    content.forEach(part -> text.append(part.path("text").asText()).append('\n'));
                } else {
                    text.append(content.asText()).append('\n');
                }
            }
        }
        return text.toString();
    }

    /** Server-sent chat-completion chunks: the role, the answer in pieces a pause apart, the finish, [DONE]. */
    private static void streamChat(HttpExchange exchange, JsonNode request) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        try {
            send(out, chunk(request, "", null));
            List<String> pieces = chunks(streamedAnswer(request));
            for (int i = 0; i < pieces.size(); i++) {
                if (i > 0) {
                    sleep(STREAM_PAUSE_MS);
                }
                send(out, chunk(request, pieces.get(i), null));
            }
            send(out, chunk(request, null, "stop"));
            send(out, "[DONE]");
        } catch (IOException clientLeft) {
            // The server under test stopped reading (its user stopped the reply): nothing more to send.
        }
    }

    /** The text in up to {@link #STREAM_CHUNKS} pieces of whole words. */
    private static List<String> chunks(String text) {
        List<String> words = WORD.matcher(text).results().map(MatchResult::group).toList();
        int count = Math.min(STREAM_CHUNKS, words.size());
        var chunks = new ArrayList<String>(count);
        for (int i = 0; i < count; i++) {
            chunks.add(String.join("", words.subList(i * words.size() / count, (i + 1) * words.size() / count)));
        }
        return chunks;
    }

    private static String chunk(JsonNode request, String content, String finishReason) {
        ObjectNode chunk = JSON.createObjectNode().put("id", "chatcmpl-it").put("object", "chat.completion.chunk")
                .put("created", 1767225600).put("model", request.path("model").asText());
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        ObjectNode delta = choice.putObject("delta");
        if (content != null) {
            delta.put("content", content);
            if (content.isEmpty()) {
                delta.put("role", "assistant");
            }
        }
        choice.put("finish_reason", finishReason);
        return chunk.toString();
    }

    private static void send(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String anthropicReply(JsonNode request) {
        ObjectNode reply = JSON.createObjectNode().put("id", "msg_it").put("type", "message").put("role", "assistant")
                .put("model", request.path("model").asText()).put("stop_reason", "end_turn");
        reply.putArray("content").addObject().put("type", "text").put("text", "{\"items\": []}");
        reply.putObject("usage").put("input_tokens", 10).put("output_tokens", 10);
        return reply.toString();
    }

    private static String contextJson(String document) {
        String firstSentence = document.strip().split("(?<=[.!?])\\s+")[0];
        ObjectNode root = JSON.createObjectNode();
        var items = root.putArray("items");
        items.addObject().put("kind", "product").put("text", "Stand-in product: " + firstSentence).put("quote", firstSentence);
        items.addObject().put("kind", "key_fact").put("text", "Stand-in fact with an invented citation").put("quote", INVENTED_QUOTE);
        return "```json\n" + root + "\n```";
    }

    private static void pause() {
        sleep(3000);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
