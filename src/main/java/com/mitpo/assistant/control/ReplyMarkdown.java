package com.mitpo.assistant.control;

import java.util.Map;
import java.util.regex.Matcher;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A reply's Markdown as HTML a page may show: commonmark with raw HTML escaped (a model, or a
 * document it quotes, may write {@code <script>}), link and image URLs sanitised (no
 * {@code javascript:}), links marked {@code rel="noopener nofollow"}, and each citation label
 * turned into a link to its source; a label with no source (an invention, or one not yet known
 * while the reply streams) is left out, so it is never shown.
 */
public final class ReplyMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", "noopener nofollow");
                }
            }).build();

    private ReplyMarkdown() {
    }

    /** @param sources where each known label links to (an escaped-safe relative URL) */
    public static String html(String markdown, Map<Integer, String> sources) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        Matcher tags = Citations.TAG.matcher(html);
        var shown = new StringBuilder();
        while (tags.find()) {
            String href = sources.get(Integer.parseInt(tags.group(1)));
            tags.appendReplacement(shown, href == null ? "" : Matcher.quoteReplacement("<a class=\"citation\" href=\""
                    + href.replace("&", "&amp;").replace("\"", "&quot;") + "\">" + tags.group(1) + "</a>"));
        }
        return tags.appendTail(shown).toString();
    }
}
