package com.mitpo.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that `mvn package` built, deployed at the root context as in production. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive mitpoWar() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("mitpo.war")))
                .as(WebArchive.class);
    }

    /**
     * The WAR for tests that run inside the server: Arquillian's own runner servlet must be
     * reachable without a sign-in, so the authentication gate is left unmapped. Nothing else
     * changes; tests of the gate use {@link #mitpoWar()}.
     */
    public static WebArchive mitpoWarForInContainerTests() {
        WebArchive war = mitpoWar();
        String webXml;
        try (var in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String ungated = webXml.replaceAll("(?s)<filter-mapping>\\s*<filter-name>authGate</filter-name>.*?</filter-mapping>", "");
        if (ungated.equals(webXml)) {
            throw new IllegalStateException("web.xml no longer maps authGate as expected");
        }
        war.delete("WEB-INF/web.xml");
        return war.setWebXML(new org.jboss.shrinkwrap.api.asset.StringAsset(ungated));
    }
}
