package com.mitpo.assistant.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplyMarkdownTest {

    @Test
    void markdownIsRenderedAndRawHtmlEscaped() {
        String html = ReplyMarkdown.html("**Launch** in March\n\n<script>alert(1)</script> #{1+1}", Map.of());
        assertTrue(html.contains("<strong>Launch</strong>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("#{1+1}"), "shown as text: " + html);
    }

    @Test
    void linksAreSafeAndMarkedNoopenerNofollow() {
        assertEquals("<p><a rel=\"noopener nofollow\" href=\"https://example.com\">site</a> "
                + "<a rel=\"noopener nofollow\" href=\"\">bad</a></p>\n",
                ReplyMarkdown.html("[site](https://example.com) [bad](javascript:alert(1))", Map.of()));
    }

    @Test
    void knownCitationsLinkToTheirSourceAndUnknownOnesAreNotShown() {
        String html = ReplyMarkdown.html("In March [S1]. On the moon [S99].", Map.of(1, "/assistant/source?id=a&b=\"c"));
        assertEquals("<p>In March <a class=\"citation\" href=\"/assistant/source?id=a&amp;b=&quot;c\">1</a>. "
                + "On the moon .</p>\n", html);
    }
}
