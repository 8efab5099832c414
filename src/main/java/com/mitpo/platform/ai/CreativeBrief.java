package com.mitpo.platform.ai;

import java.util.List;

/**
 * What an image or video model is asked to make: the prompt, the words on the creative, the
 * channel size, and the brand's look (colours as #RRGGBB, fonts, logo as PNG bytes or null).
 */
public record CreativeBrief(String prompt, String headline, String callToAction, int width, int height,
        List<String> colours, String headingFont, String bodyFont, byte[] logoPng) {
}
