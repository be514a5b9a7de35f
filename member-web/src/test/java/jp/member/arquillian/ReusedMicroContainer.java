package jp.member.arquillian;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.Objects;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro for the integration tests, started once for every test class that deploys the same archive instead of
 * once per class: starting Micro with the application is most of a class's time (about 13 s of 15). A class whose
 * archive differs (by its entries) gets a fresh server; the last one stops when the suite ends.
 */
public class ReusedMicroContainer extends PayaraMicroDeployableContainer {

    private static final Logger LOG = Logger.getLogger(ReusedMicroContainer.class.getName());

    private Archive<?> running;
    private String runningKey;
    private ProtocolMetaData runningMetaData;
    private int reuses;

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String key = ArchiveKey.of(archive);
        if (Objects.equals(key, runningKey)) {
            reuses++;
            return runningMetaData;
        }
        if (running != null) {
            LOG.info(() ->
                    "A different archive: the running server stops (" + ArchiveKey.difference(running, archive) + ")");
            stopRunning();
        }
        runningMetaData = super.deploy(archive);
        running = archive;
        runningKey = key;
        return runningMetaData;
    }

    /** The server keeps running for the next class; it stops with the suite or for another archive. */
    @Override
    public void undeploy(Archive<?> archive) {
        // kept
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            stopRunning();
        } catch (DeploymentException e) {
            throw new LifecycleException("the test server did not stop", e);
        }
        super.stop();
    }

    private void stopRunning() throws DeploymentException {
        if (running != null) {
            int served = reuses + 1;
            LOG.info(() -> "The test server served " + served + " test classes");
            super.undeploy(running);
            running = null;
            runningKey = null;
            runningMetaData = null;
            reuses = 0;
        }
    }
}
