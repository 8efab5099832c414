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
}
