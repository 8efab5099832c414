package com.mitpo.brand.boundary;

import java.util.List;
import java.util.UUID;

/**
 * A brand as other features receive it, as data: its look (colours, fonts, logo as PNG), its
 * voice rules, its audience (one line per persona) and its context (the facts it was taught).
 */
public record BrandProfile(UUID id, String name, String tagline, List<String> colours, String headingFont,
        String bodyFont, byte[] logoPng, VoiceRules voice, List<String> audience, List<String> context) {
}
