package com.mitpo.brand.entity;

import com.mitpo.platform.refusal.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a marketer edits about a brand's identity, checked before it is stored. */
public record BrandIdentity(String name, String website, String tagline, String primaryColor,
        String secondaryColor, String accentColor, String headingFont, String bodyFont) {

    /** Fonts the renderers can use on every machine (fonts-dejavu, Liberation, Inter). */
    public static final List<String> FONTS = List.of("Inter", "DejaVu Sans", "DejaVu Serif", "Liberation Sans",
            "Liberation Serif", "Liberation Mono");

    private static final Pattern COLOR = Pattern.compile("^#[0-9A-Fa-f]{6}$");
    private static final Pattern WEBSITE = Pattern.compile("^https?://[^\\s/$.?#].[^\\s]*$");

    /** Why it cannot be stored, each on its field; empty when it can. */
    public List<Refusal> problems() {
        var problems = new ArrayList<Refusal>();
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            problems.add(invalid("name", "brand.invalid.name"));
        }
        if (website != null && !website.isBlank() && (website.length() > 500 || !WEBSITE.matcher(website.strip()).matches())) {
            problems.add(invalid("website", "brand.invalid.website"));
        }
        if (tagline != null && tagline.length() > 200) {
            problems.add(invalid("tagline", "brand.invalid.tagline"));
        }
        for (String[] color : new String[][] {{"primaryColor", primaryColor}, {"secondaryColor", secondaryColor},
            {"accentColor", accentColor}}) {
            if (color[1] == null || !COLOR.matcher(color[1]).matches()) {
                problems.add(invalid(color[0], "brand.invalid.color"));
            }
        }
        if (!FONTS.contains(headingFont) || !FONTS.contains(bodyFont)) {
            problems.add(invalid("headingFont", "brand.invalid.font"));
        }
        return problems;
    }

    private static Refusal invalid(String field, String messageKey) {
        return Refusal.of("INVALID_" + field.toUpperCase(java.util.Locale.ROOT), messageKey).on(field);
    }

    /** Trimmed, with empty optional fields as null and colours in upper case. */
    public BrandIdentity normalized() {
        return new BrandIdentity(name.strip(), blankToNull(website), blankToNull(tagline), primaryColor.toUpperCase(),
                secondaryColor.toUpperCase(), accentColor.toUpperCase(), headingFont, bodyFont);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
