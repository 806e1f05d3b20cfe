package io.chargeops.jms;

import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Logger;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMAcceptorFactory;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * The Artemis broker that runs inside the application server for the default (single node) run:
 * in-VM acceptor, persistent NIO journal under {@link JmsSettings#dataDir()}, security off (only code in
 * this JVM can reach it unless an extra TCP acceptor is configured), the platform's queues pre-created
 * and one redelivery / dead-letter / expiry policy for all {@code chargeops.*} addresses.
 */
public final class EmbeddedBroker {

    private static final Logger LOG = Logger.getLogger(EmbeddedBroker.class.getName());

    /** In-VM server id; the resource adapter's in-VM connector uses the same id. */
    public static final int IN_VM_SERVER_ID = 0;

    private final JmsSettings settings;
    private EmbeddedActiveMQ broker;

    public EmbeddedBroker(JmsSettings settings) {
        this.settings = settings;
    }

    /** The broker configuration built from the settings (public for tests and diagnostics). */
    public static Configuration configuration(JmsSettings settings) throws Exception {
        Path dir = settings.dataDir();
        ConfigurationImpl c = new ConfigurationImpl();
        c.setName("chargeops-embedded");
        c.setPersistenceEnabled(true);
        c.setJournalType(JournalType.NIO); // portable; ASYNCIO would need libaio and only warns without it
        c.setJournalDirectory(dir.resolve("journal").toString());
        c.setBindingsDirectory(dir.resolve("bindings").toString());
        c.setPagingDirectory(dir.resolve("paging").toString());
        c.setLargeMessagesDirectory(dir.resolve("large-messages").toString());
        c.setCreateJournalDir(true);
        c.setCreateBindingsDir(true);
        c.setSecurityEnabled(false);
        c.setJMXManagementEnabled(false);
        // the server's own JVM-wide defaults (90% disk use, half the heap for addresses) stay as they are
        c.addAcceptorConfiguration(new TransportConfiguration(
                InVMAcceptorFactory.class.getName(), Map.of("serverId", IN_VM_SERVER_ID), "in-vm"));
        if (settings.embeddedAcceptor() != null) {
            c.addAcceptorConfiguration("tcp", settings.embeddedAcceptor());
        }

        AddressSettings platform = new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(ChargeOpsDestinations.DEAD_LETTER))
                .setExpiryAddress(SimpleString.of(ChargeOpsDestinations.EXPIRY))
                .setRedeliveryDelay(settings.redeliveryDelayMs())
                .setRedeliveryMultiplier(JmsSettings.REDELIVERY_MULTIPLIER)
                .setMaxRedeliveryDelay(JmsSettings.MAX_REDELIVERY_DELAY_MS)
                .setMaxDeliveryAttempts(settings.maxDeliveryAttempts());
        c.addAddressSetting(ChargeOpsDestinations.ADDRESS_MATCH, platform);
        // dead letters and expired messages stay put: never redelivered into a loop
        AddressSettings parking = new AddressSettings().setMaxDeliveryAttempts(-1).setRedeliveryDelay(0);
        c.addAddressSetting(ChargeOpsDestinations.DEAD_LETTER, parking);
        c.addAddressSetting(ChargeOpsDestinations.EXPIRY, parking);

        for (String q : ChargeOpsDestinations.QUEUES) {
            c.addAddressConfiguration(anycastQueue(q));
        }
        c.addAddressConfiguration(anycastQueue(ChargeOpsDestinations.DEAD_LETTER));
        c.addAddressConfiguration(anycastQueue(ChargeOpsDestinations.EXPIRY));
        return c;
    }

    private static CoreAddressConfiguration anycastQueue(String name) {
        return new CoreAddressConfiguration()
                .setName(name)
                .addRoutingType(RoutingType.ANYCAST)
                .addQueueConfiguration(QueueConfiguration.of(name)
                        .setAddress(name)
                        .setRoutingType(RoutingType.ANYCAST)
                        .setDurable(true));
    }

    public synchronized void start() throws Exception {
        if (broker != null) {
            return;
        }
        long t0 = System.nanoTime();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Artemis loads protocol managers and codecs through the context class loader: use the RAR's
        thread.setContextClassLoader(EmbeddedBroker.class.getClassLoader());
        try {
            EmbeddedActiveMQ b = new EmbeddedActiveMQ();
            b.setConfiguration(configuration(settings));
            b.start();
            broker = b;
        } finally {
            thread.setContextClassLoader(previous);
        }
        LOG.info(() -> String.format("ChargeOps embedded Artemis broker started in %d ms (%s)",
                (System.nanoTime() - t0) / 1_000_000, settings.describe()));
    }

    public synchronized void stop() throws Exception {
        if (broker == null) {
            return;
        }
        try {
            broker.stop();
            LOG.info("ChargeOps embedded Artemis broker stopped");
        } finally {
            broker = null;
        }
    }

    public synchronized boolean isActive() {
        return broker != null && broker.getActiveMQServer().isActive();
    }

    /** The running broker, for tests and diagnostics; {@code null} when stopped. */
    public synchronized EmbeddedActiveMQ broker() {
        return broker;
    }
}
