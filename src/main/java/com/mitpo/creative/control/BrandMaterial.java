package com.mitpo.creative.control;

import com.mitpo.brand.boundary.VoiceRules;
import java.util.List;

/**
 * What a generation knows about its brand: the look (colours, fonts, logo), the voice, the
 * audience, and facts from the brand's context and the document passages closest to the prompt.
 */
public record BrandMaterial(String name, String tagline, List<String> colours, String headingFont, String bodyFont,
        byte[] logoPng, VoiceRules voice, List<String> audience, List<String> facts) {
}
