import io.chargeops.jms.EmbeddedBroker;
import io.chargeops.jms.JmsSettings;
import java.util.List;
import java.util.Map;

/**
 * The platform's Artemis broker as a process of its own, for the fault campaign's broker restart: the very
 * configuration the node's embedded broker uses (io.chargeops.jms.EmbeddedBroker: durable chargeops.* queues,
 * redelivery and dead-letter settings, persistent journal) plus the TCP acceptor the node connects to in remote mode.
 * Run with the jars of artemis-ra.rar on the class path:
 *
 *   java -cp 'broker-lib/*' -Dchargeops.jms.data-dir=DIR -Dchargeops.jms.embedded-acceptor=tcp://127.0.0.1:20302 \
 *        bench/faults/StandaloneBroker.java
 *
 * It runs until it is terminated; SIGTERM stops the broker in order (journal closed).
 */
public class StandaloneBroker {
    // the audit log writes a line per session and message; the node's embedded broker keeps it quiet too
    // (held in a field: java.util.logging keeps loggers only weakly)
    static final java.util.logging.Logger AUDIT = java.util.logging.Logger.getLogger("org.apache.activemq.audit");

    public static void main(String[] args) throws Exception {
        AUDIT.setLevel(java.util.logging.Level.WARNING);
        JmsSettings settings = JmsSettings.resolve(List.of(JmsSettings.systemProperties()), Map.of());
        if (settings.embeddedAcceptor() == null) {
            throw new IllegalArgumentException("set -Dchargeops.jms.embedded-acceptor=tcp://host:port");
        }
        EmbeddedBroker broker = new EmbeddedBroker(settings);
        broker.start();
        System.out.println("standalone broker ready: " + settings.describe());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                broker.stop();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }));
        Thread.currentThread().join();
    }
}
