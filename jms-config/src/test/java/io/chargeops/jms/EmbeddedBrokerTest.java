package io.chargeops.jms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the embedded broker exactly as the resource adapter configures it and talks JMS to it over in-VM. */
class EmbeddedBrokerTest {

    @TempDir
    Path dataDir;

    private EmbeddedBroker broker;

    @AfterEach
    void stop() throws Exception {
        if (broker != null) {
            broker.stop();
        }
    }

    private EmbeddedBroker start(long redeliveryDelayMs, int maxAttempts) throws Exception {
        JmsSettings settings = new JmsSettings(JmsMode.EMBEDDED, null, null, null, dataDir, null,
                redeliveryDelayMs, maxAttempts);
        broker = new EmbeddedBroker(settings);
        broker.start();
        return broker;
    }

    private static ActiveMQConnectionFactory inVm() {
        return new ActiveMQConnectionFactory("vm://" + EmbeddedBroker.IN_VM_SERVER_ID);
    }

    @Test
    void messageGoesInAndOutAndTheJournalLandsInTheDataDir() throws Exception {
        start(0, 10);
        assertThat(broker.isActive()).isTrue();

        try (ActiveMQConnectionFactory cf = inVm(); JMSContext ctx = cf.createContext()) {
            Queue q = ctx.createQueue(ChargeOpsDestinations.ORDER_SETTLED);
            ctx.createProducer().send(q, "order 42 settled");
            try (JMSConsumer consumer = ctx.createConsumer(q)) {
                assertThat(consumer.receiveBody(String.class, 5_000)).isEqualTo("order 42 settled");
            }
        }

        assertThat(dataDir.resolve("journal")).isDirectory();
        assertThat(dataDir.resolve("bindings")).isDirectory();
        try (Stream<Path> files = Files.list(dataDir.resolve("journal"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".amq"));
        }
    }

    @Test
    void platformQueuesArePreCreatedAndDurableMessagesSurviveARestart() throws Exception {
        start(0, 10);
        for (String q : ChargeOpsDestinations.QUEUES) {
            assertThat(broker.broker().getActiveMQServer().locateQueue(q)).as(q).isNotNull();
        }
        assertThat(broker.broker().getActiveMQServer().locateQueue(ChargeOpsDestinations.DEAD_LETTER)).isNotNull();

        try (ActiveMQConnectionFactory cf = inVm(); JMSContext ctx = cf.createContext()) {
            ctx.createProducer().send(ctx.createQueue(ChargeOpsDestinations.NOTIFICATION), "sent before restart");
        }
        broker.stop();

        broker = new EmbeddedBroker(new JmsSettings(JmsMode.EMBEDDED, null, null, null, dataDir, null, 0, 10));
        broker.start();
        try (ActiveMQConnectionFactory cf = inVm(); JMSContext ctx = cf.createContext();
             JMSConsumer consumer = ctx.createConsumer(ctx.createQueue(ChargeOpsDestinations.NOTIFICATION))) {
            assertThat(consumer.receiveBody(String.class, 5_000)).isEqualTo("sent before restart");
        }
    }

    @Test
    void aMessageRolledBackMaxDeliveryAttemptsTimesGoesToTheDeadLetterQueue() throws Exception {
        start(0, 2);

        try (ActiveMQConnectionFactory cf = inVm();
             JMSContext ctx = cf.createContext(JMSContext.SESSION_TRANSACTED)) {
            Queue q = ctx.createQueue(ChargeOpsDestinations.MARKETING_TRIGGER);
            ctx.createProducer().send(q, "poison");
            ctx.commit();
            try (JMSConsumer consumer = ctx.createConsumer(q)) {
                for (int attempt = 1; attempt <= 2; attempt++) {
                    Message m = consumer.receive(5_000);
                    assertThat(m).as("attempt " + attempt).isNotNull();
                    assertThat(m.getIntProperty("JMSXDeliveryCount")).isEqualTo(attempt);
                    ctx.rollback();
                }
                assertThat(consumer.receive(500)).isNull();
            }
            try (JMSConsumer dlq = ctx.createConsumer(ctx.createQueue(ChargeOpsDestinations.DEAD_LETTER))) {
                Message dead = dlq.receive(5_000);
                assertThat(dead).isInstanceOf(TextMessage.class);
                assertThat(((TextMessage) dead).getText()).isEqualTo("poison");
                assertThat(dead.getStringProperty("_AMQ_ORIG_ADDRESS")).isEqualTo(ChargeOpsDestinations.MARKETING_TRIGGER);
                ctx.commit();
            }
        }
    }

    @Test
    void adminObjectsTakeTheirNameFromTheNameProperty() {
        ChargeOpsQueue q = new ChargeOpsQueue();
        q.setName(ChargeOpsDestinations.ORDER_SETTLED);
        ChargeOpsTopic t = new ChargeOpsTopic();
        t.setName("chargeops.gun.status");

        assertThat(q.getQueueName()).isEqualTo(ChargeOpsDestinations.ORDER_SETTLED);
        assertThat(q.isQueue()).isTrue();
        assertThat(t.getTopicName()).isEqualTo("chargeops.gun.status");
        assertThat(t.isQueue()).isFalse();
    }
}
