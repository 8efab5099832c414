package com.mitpo.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of an integration-test run: the WAR that `mvn package` built, at the root
 * context as in production, plus what tests need inside the server. Every test class deploys
 * this same archive, so one Payara Micro serves the whole run ({@link OnePayaraPerRun}).
 */
public final class Deployments {

    /** The test classes that run inside the server: in the archive from the start, so none needs a server of its own. */
    private static final String[] IN_CONTAINER_TESTS = {
        "com.mitpo.platform.persistence.TenantFilterIT",
        "com.mitpo.platform.work.WorkEngineIT",
        "com.mitpo.account.DataExportIT",
        "com.mitpo.creative.GenerationPurgeIT",
        "com.mitpo.assistant.MemoryForgettingIT",
    };

    private Deployments() {
    }

    public static WebArchive testRun() {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("mitpo.war")))
                .as(WebArchive.class)
                .addClasses(ItClock.class, Database.class, ArquillianRunnerPass.class)
                .addClasses(ItWork.class, ItWork.Counting.class, ItWork.Slow.class)
                .addClasses(ErrorTriggers.class, ErrorTriggers.Forbidden.class, ErrorTriggers.Crash.class,
                        ErrorTriggers.Outage.class)
                .addClass("com.mitpo.platform.persistence.TenantProbe")
                .addAsWebResource("pages/it-failure.xhtml", "it-failure.xhtml")
                .addAsWebResource("pages/it-outage.xhtml", "it-outage.xhtml");
        for (String testClass : IN_CONTAINER_TESTS) {
            war.addClass(testClass);
        }
        return withRunnerPass(war);
    }

    /**
     * Arquillian's runner servlet must be reachable without a sign-in; a filter mapped before
     * every other one forwards its requests past them (filters here see plain requests only).
     * The gate stays mapped as in production for every other path.
     */
    private static WebArchive withRunnerPass(WebArchive war) {
        String webXml;
        try (var in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int firstMapping = webXml.indexOf("<filter-mapping>");
        if (firstMapping < 0) {
            throw new IllegalStateException("web.xml maps no filter: the runner pass has nothing to go before");
        }
        String pass = "<filter><filter-name>itRunnerPass</filter-name><filter-class>"
                + ArquillianRunnerPass.class.getName() + "</filter-class></filter>"
                + "<filter-mapping><filter-name>itRunnerPass</filter-name><url-pattern>"
                + ArquillianRunnerPass.PATH + "</url-pattern></filter-mapping>\n    ";
        war.delete("WEB-INF/web.xml");
        return war.setWebXML(new StringAsset(webXml.substring(0, firstMapping) + pass + webXml.substring(firstMapping)));
    }
}
