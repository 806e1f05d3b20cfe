package io.chargeops.jms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapterInternalException;

import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnectorFactory;
import org.apache.activemq.artemis.ra.ActiveMQResourceAdapter;

/**
 * Artemis's JMS resource adapter, plus the ChargeOps broker wiring.
 *
 * <ul>
 *   <li>{@code embedded} (default): starts an {@link EmbeddedBroker} before the adapter and points the adapter
 *       (its MDB activations and every connection factory defined against it) at it over the in-VM connector;
 *       stops the broker after the adapter.</li>
 *   <li>{@code remote}: points the adapter at {@code chargeops.jms.url} with {@code chargeops.jms.user} /
 *       {@code chargeops.jms.password}.</li>
 * </ul>
 * Settings come from MicroProfile Config / system properties / environment, falling back to this adapter's
 * config-properties from ra.xml (see {@link JmsSettings}).
 */
public class EmbeddedBrokerResourceAdapter extends ActiveMQResourceAdapter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(EmbeddedBrokerResourceAdapter.class.getName());

    /**
     * Artemis audit loggers write a line per connection, send and acknowledge at INFO. Through slf4j-jdk14 that
     * would flood server.log, so they default to WARNING here unless the server's logging configuration already
     * set a level for them. Held in a static field: java.util.logging keeps loggers only weakly.
     */
    private static final Logger AUDIT = Logger.getLogger("org.apache.activemq.audit");

    static {
        if (AUDIT.getLevel() == null) {
            AUDIT.setLevel(Level.WARNING);
        }
    }

    // ra.xml config-properties: the packaged defaults, overridable per JmsSettings precedence
    private String mode;
    private String url;
    private String dataDir;
    private String embeddedAcceptor;
    private Long redeliveryDelayMs;
    private Integer maxDeliveryAttempts;

    private transient EmbeddedBroker broker;
    private transient JmsSettings settings;

    @Override
    public void start(BootstrapContext ctx) throws ResourceAdapterInternalException {
        List<JmsSettings.Source> sources = JmsSettings.standardSources(getClass().getClassLoader());
        try {
            settings = JmsSettings.resolve(sources, adapterProperties());
        } catch (RuntimeException e) {
            throw new ResourceAdapterInternalException("Invalid ChargeOps JMS settings: " + e.getMessage(), e);
        }
        LOG.info(() -> "ChargeOps JMS resource adapter starting: " + settings.describe()
                + " (sources: " + sources + " > ra.xml > defaults)");
        if (settings.mode() == JmsMode.EMBEDDED) {
            broker = new EmbeddedBroker(settings);
            try {
                broker.start();
            } catch (Exception e) {
                broker = null;
                throw new ResourceAdapterInternalException("Embedded Artemis broker failed to start in "
                        + settings.dataDir() + ": " + e, e);
            }
            setConnectorClassName(InVMConnectorFactory.class.getName());
            setConnectionParameters("serverId=" + EmbeddedBroker.IN_VM_SERVER_ID);
        } else {
            RemoteConnectors connectors = RemoteConnectors.parse(settings.url());
            setConnectorClassName(connectors.connectorClassNames());
            setConnectionParameters(connectors.connectionParameters());
            if (connectors.ha()) {
                setHA(Boolean.TRUE);
            }
            if (settings.user() != null) {
                setUserName(settings.user());
            }
            if (settings.password() != null) {
                setPassword(settings.password());
            }
        }
        try {
            super.start(ctx);
        } catch (ResourceAdapterInternalException | RuntimeException e) {
            stopBroker();
            throw e;
        }
    }

    @Override
    public void stop() {
        try {
            super.stop();
        } finally {
            stopBroker();
        }
    }

    private void stopBroker() {
        if (broker != null) {
            try {
                broker.stop();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Embedded Artemis broker did not stop cleanly", e);
            } finally {
                broker = null;
            }
        }
    }

    private Map<String, String> adapterProperties() {
        Map<String, String> m = new HashMap<>();
        m.put(JmsSettings.MODE, mode);
        m.put(JmsSettings.URL, url);
        m.put(JmsSettings.USER, getUserName());
        m.put(JmsSettings.PASSWORD, getPassword());
        m.put(JmsSettings.DATA_DIR, dataDir);
        m.put(JmsSettings.EMBEDDED_ACCEPTOR, embeddedAcceptor);
        m.put(JmsSettings.REDELIVERY_DELAY, redeliveryDelayMs == null ? null : redeliveryDelayMs.toString());
        m.put(JmsSettings.MAX_DELIVERY_ATTEMPTS, maxDeliveryAttempts == null ? null : maxDeliveryAttempts.toString());
        return m;
    }

    /** The settings in effect since {@link #start}; {@code null} before. */
    public JmsSettings getEffectiveSettings() {
        return settings;
    }

    /** The embedded broker, or {@code null} in remote mode / when stopped. */
    public EmbeddedBroker getEmbeddedBroker() {
        return broker;
    }

    // --- JavaBean config-properties (ra.xml names: Mode, Url, DataDir, EmbeddedAcceptor, RedeliveryDelayMs,
    // MaxDeliveryAttempts; UserName and Password are inherited) ---

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getDataDir() {
        return dataDir;
    }

    public void setDataDir(String dataDir) {
        this.dataDir = dataDir;
    }

    public String getEmbeddedAcceptor() {
        return embeddedAcceptor;
    }

    public void setEmbeddedAcceptor(String embeddedAcceptor) {
        this.embeddedAcceptor = embeddedAcceptor;
    }

    public Long getRedeliveryDelayMs() {
        return redeliveryDelayMs;
    }

    public void setRedeliveryDelayMs(Long redeliveryDelayMs) {
        this.redeliveryDelayMs = redeliveryDelayMs;
    }

    public Integer getMaxDeliveryAttempts() {
        return maxDeliveryAttempts;
    }

    public void setMaxDeliveryAttempts(Integer maxDeliveryAttempts) {
        this.maxDeliveryAttempts = maxDeliveryAttempts;
    }

    // JCA asks resource adapters to define equals/hashCode; identity is what the container needs here
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
