package com.mitpo.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * What went over the wire in a failed browser test, one line per request and response with the
 * cookies sent and set: a lost session or a stale cookie shows here and nowhere else.
 */
final class NetworkEvidence {

    private NetworkEvidence() {
    }

    static List<String> of(WebDriver browser) {
        List<String> lines = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonObject message = Json.createReader(new StringReader(entry.getMessage())).readObject().getJsonObject("message");
            String method = message.getString("method", "");
            JsonObject params = message.getJsonObject("params");
            String line = switch (method) {
                case "Network.requestWillBeSent" -> "> " + params.getJsonObject("request").getString("method", "")
                        + " " + params.getJsonObject("request").getString("url", "");
                case "Network.requestWillBeSentExtraInfo" -> "  cookie: " + header(params, "Cookie");
                case "Network.responseReceived" -> "< " + params.getJsonObject("response").getInt("status", 0)
                        + " " + params.getJsonObject("response").getString("url", "");
                case "Network.responseReceivedExtraInfo" -> "  set-cookie: " + header(params, "Set-Cookie");
                default -> null;
            };
            if (line != null && !line.endsWith(": ")) {
                lines.add(entry.getTimestamp() + " " + params.getString("requestId", "") + " " + line);
            }
        }
        return lines;
    }

    private static String header(JsonObject params, String name) {
        JsonObject headers = params.getJsonObject("headers");
        if (headers == null) {
            return "";
        }
        return headers.keySet().stream().filter(name::equalsIgnoreCase).findFirst()
                .map(key -> headers.getString(key, "").replace('\n', '|')
                        .replaceAll("mitpo\\.session_token=[^;|]*", "mitpo.session_token=…"))
                .orElse("");
    }
}
