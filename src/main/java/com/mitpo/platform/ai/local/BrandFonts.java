package com.mitpo.platform.ai.local;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The brand's font when this machine has it, else the logical "Serif" or "SansSerif" that Java
 * always has. Asking AWT for a missing family silently gives "Dialog"; checking the installed
 * families first lets a serif brand at least stay serif.
 */
final class BrandFonts {

    private BrandFonts() {
    }

    static Font heading(String family) {
        return resolve(family, Font.BOLD);
    }

    static Font body(String family) {
        return resolve(family, Font.PLAIN);
    }

    static Font resolve(String family, int style) {
        String installed = family == null ? null : Installed.FAMILIES.get(family.strip().toLowerCase(Locale.ROOT));
        if (installed != null) {
            return new Font(installed, style, 1);
        }
        String wanted = family == null ? "" : family.toLowerCase(Locale.ROOT);
        boolean serif = wanted.contains("serif") && !wanted.contains("sans");
        return new Font(serif ? Font.SERIF : Font.SANS_SERIF, style, 1);
    }

    /** Listed once per class loader (about half a second the first time, then free). */
    private static final class Installed {
        static final Map<String, String> FAMILIES = new TreeMap<>();

        static {
            for (String name : GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT)) {
                FAMILIES.put(name.toLowerCase(Locale.ROOT), name);
            }
        }
    }
}
