package com.mitpo.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every label a page asks for exists in the bundle, so no page shows "???key???". */
class MessagesBundleTest {

    private static final Pattern LABEL = Pattern.compile("msg\\['([a-zA-Z0-9.]+)'\\]");

    @Test
    void everyLabelUsedByAPageIsInTheBundle() throws IOException {
        Properties bundle = bundle();
        var missing = new TreeSet<String>();
        for (Path page : pages()) {
            var matcher = LABEL.matcher(Files.readString(page));
            while (matcher.find()) {
                if (!bundle.containsKey(matcher.group(1))) {
                    missing.add(matcher.group(1) + " (" + page.getFileName() + ")");
                }
            }
        }
        assertTrue(missing.isEmpty(), "labels missing from messages.properties: " + missing);
    }

    /**
     * Java speaks by key (page beans through Feedback, refusals, the API and mails through
     * Messages): a key missing from the bundle would show as itself.
     */
    private static final Pattern RAISED = Pattern.compile("(?:Feedback\\.(?:info|warn|pageError)\\("
            + "|Feedback\\.error\\((?:\"[^\"]*\"|\\w+), "
            + "|Refusal\\.of\\(\"[^\"]*\", "
            + "|Messages\\.(?:get|format|create(?:Info|Warn|Error))\\()"
            + "\"([a-zA-Z0-9.]+)\"");

    @Test
    void everyMessageKeyAPageBeanRaisesIsInTheBundle() throws IOException {
        Properties bundle = bundle();
        var missing = new TreeSet<String>();
        int raised = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = RAISED.matcher(Files.readString(source));
                while (matcher.find()) {
                    raised++;
                    boolean prefix = matcher.group(1).endsWith("."); // a key completed by a code ("generation.error." + code)
                    if (!bundle.containsKey(matcher.group(1)) && !prefix) {
                        missing.add(matcher.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(raised > 80, "the pattern no longer finds the keys Java speaks with: " + raised);
        assertTrue(missing.isEmpty(), "message keys missing from messages.properties: " + missing);
    }

    @Test
    void everyNavigationAreaHasALabel() throws IOException {
        Properties bundle = bundle();
        for (var area : new AppNavigation().getAreas()) {
            assertTrue(bundle.containsKey("nav." + area.key()), "no label for area " + area.key());
        }
    }

    @Test
    void navigationListsEveryProductArea() {
        var keys = new AppNavigation().getAreas().stream().map(AppNavigation.Area::key).toList();
        assertEquals(List.of("home", "brand", "campaign", "creative", "intel", "automation", "assistant",
                "billing", "members", "data", "admin"), keys);
    }

    private static Properties bundle() throws IOException {
        var properties = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/com/mitpo/i18n/messages.properties")) {
            properties.load(in);
        }
        return properties;
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).toList();
        }
    }
}
