package io.chargeops.pile.ra;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.Objects;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;

/**
 * Starts the pile listener with the adapter and stops it with the adapter. Config properties are declared in
 * {@code META-INF/ra.xml}; each is overridable by {@code chargeops.pile.*} (see {@link PileListenerSettings}).
 */
public class PileResourceAdapter implements ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(PileResourceAdapter.class.getName());

    private String bindAddress = "0.0.0.0";
    private Integer port = 8767;
    private Integer idleTimeoutSeconds = 45;
    private Integer ioThreads = 0;

    private PileListener listener;

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        PileListenerSettings settings = PileListenerSettings.resolve(
                new PileListenerSettings(bindAddress, port, idleTimeoutSeconds, ioThreads), System.getProperties(), System.getenv());
        listener = new PileListener(settings);
        try {
            listener.start();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResourceAdapterInternalException("Interrupted while binding the pile listener", e);
        } catch (RuntimeException e) {
            listener.stop();
            throw new ResourceAdapterInternalException(
                    "Cannot bind the pile listener to " + settings.bindAddress() + ":" + settings.port() + ": " + e, e);
        }
    }

    @Override
    public void stop() {
        if (listener != null) {
            listener.stop();
        }
    }

    @Override
    public void endpointActivation(MessageEndpointFactory endpointFactory, ActivationSpec spec) throws ResourceException {
        throw new ResourceException("This adapter version delivers no pile messages yet");
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory endpointFactory, ActivationSpec spec) {
        LOG.fine("No endpoints to deactivate");
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    public String getBindAddress() { return bindAddress; }
    public void setBindAddress(String bindAddress) { this.bindAddress = bindAddress; }
    public Integer getPort() { return port; }
    public void setPort(Integer port) { this.port = port; }
    public Integer getIdleTimeoutSeconds() { return idleTimeoutSeconds; }
    public void setIdleTimeoutSeconds(Integer idleTimeoutSeconds) { this.idleTimeoutSeconds = idleTimeoutSeconds; }
    public Integer getIoThreads() { return ioThreads; }
    public void setIoThreads(Integer ioThreads) { this.ioThreads = ioThreads; }

    // The container compares adapters by identity of configuration (JCA 5.3.1): equal config, equal adapter.
    @Override
    public boolean equals(Object other) {
        return other instanceof PileResourceAdapter that
                && Objects.equals(bindAddress, that.bindAddress) && Objects.equals(port, that.port)
                && Objects.equals(idleTimeoutSeconds, that.idleTimeoutSeconds) && Objects.equals(ioThreads, that.ioThreads);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bindAddress, port, idleTimeoutSeconds, ioThreads);
    }
}
