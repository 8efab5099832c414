package com.mitpo.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A paid model vendor that cannot be reached from here, played on loopback for the server
 * under test: OpenAI's chat-completions route (the one the OpenAI provider calls) and
 * Anthropic's messages route. Each records what it was sent. Asked for brand context, the
 * OpenAI side answers in the JSON the instructions ask for, quoting the first sentence of the
 * document, plus one item whose quote is not in the document at all.
 */
public final class ModelVendorStandIn {

    public static final String INVENTED_QUOTE = "We have offices on the moon.";
    /** Words that, anywhere in a request, make the vendor take three seconds to answer. */
    public static final String SLOW = "take your time";

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
            if (path.equals("/v1/chat/completions")) {
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
        try {
            Thread.sleep(3000);
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
