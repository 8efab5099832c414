package com.mitpo.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
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
        awaitReady();
        deployedPaths = Set.copyOf(next.getContent().keySet());
        boots++;
        return metaData;
    }

    /**
     * Payara Micro can come up with the application failed to deploy (its log then says why);
     * the connector returns all the same, and every test of the run would fail on a 404 far from
     * the cause. So the run stops here, saying so, unless the application answers ready.
     */
    private void awaitReady() throws DeploymentException {
        HTTPContext http = metaData.getContexts(HTTPContext.class).iterator().next();
        URI ready = URI.create("http://" + http.getHost() + ":" + http.getPort() + "/health/ready");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int status = -1;
        for (int attempt = 0; attempt < 60 && status != 200; attempt++) {
            try {
                status = client.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (java.io.IOException e) {
                status = -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (status != 200) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        if (status != 200) {
            throw new DeploymentException("MITPO did not come up on Payara Micro (" + ready + " answered " + status
                    + "); the server log above says why");
        }
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
