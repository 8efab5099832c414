package com.mitpo.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Payara Micro's Arquillian connector boots a server for every test class (about 30 s each).
 * This one keeps the server of the run: a test class whose deployment holds nothing the running
 * server lacks is served by it, and the server stops when the run ends. A deployment that brings
 * something new boots the server again with both (and says so), so a test never runs against a
 * deployment without its classes. Every class deploys {@link Deployments#testRun()}, and
 * {@link InContainerTestsFirst} runs the classes that add Arquillian's runner first, so a run
 * boots once.
 */
public class OnePayaraPerRun extends PayaraMicroDeployableContainer {

    private static final Logger LOG = Logger.getLogger(OnePayaraPerRun.class.getName());

    /** Registers this container in place of the connector's own. */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, OnePayaraPerRun.class);
        }
    }

    private Archive<?> deployed;
    private Set<ArchivePath> deployedPaths = Set.of();
    private ProtocolMetaData metaData;
    private int boots;

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        Set<ArchivePath> wanted = archive.getContent().keySet();
        if (deployed != null && deployedPaths.containsAll(wanted)) {
            return metaData;
        }
        Archive<?> next = archive;
        if (deployed != null) {
            LOG.warning(() -> "Booting Payara Micro again: this deployment adds " + wanted.stream()
                    .filter(path -> !deployedPaths.contains(path)).map(ArchivePath::get).limit(10)
                    .collect(Collectors.joining(", ")));
            next = deployed.as(WebArchive.class).merge(archive);
            stopServer();
        }
        metaData = super.deploy(next);
        deployed = next;
        deployedPaths = Set.copyOf(next.getContent().keySet());
        boots++;
        return metaData;
    }

    /** The server outlives its test class; {@link #stop()} ends it with the run. */
    @Override
    public void undeploy(Archive<?> archive) {
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        if (deployed != null) {
            LOG.info(() -> "Payara Micro boots in this run: " + boots);
            stopServer();
        }
        super.stop();
    }

    private void stopServer() {
        try {
            super.undeploy(deployed);
        } catch (DeploymentException e) {
            LOG.warning(() -> "Stopping Payara Micro: " + e);
        }
        deployed = null;
        deployedPaths = Set.of();
    }
}
