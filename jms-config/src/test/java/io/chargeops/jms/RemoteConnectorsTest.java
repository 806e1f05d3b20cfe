package io.chargeops.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RemoteConnectorsTest {

    private static final String NETTY = "org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory";

    @Test
    void singleBroker() {
        RemoteConnectors c = RemoteConnectors.parse("tcp://mq1.example:61616");

        assertThat(c.connectorClassNames()).isEqualTo(NETTY);
        assertThat(c.connectionParameters()).contains("host=mq1.example").contains("port=61616");
        assertThat(c.ha()).isFalse();
    }

    @Test
    void haPairGivesOneConnectorPerBroker() {
        RemoteConnectors c = RemoteConnectors.parse("(tcp://mq1:61616,tcp://mq2:61617)?ha=true");

        assertThat(c.connectorClassNames()).isEqualTo(NETTY + "," + NETTY);
        String[] sets = c.connectionParameters().split(",");
        assertThat(sets).hasSize(2);
        assertThat(sets[0]).contains("host=mq1").contains("port=61616");
        assertThat(sets[1]).contains("host=mq2").contains("port=61617");
        assertThat(c.ha()).isTrue();
    }

    @Test
    void rejectsGarbage() {
        assertThatThrownBy(() -> RemoteConnectors.parse("not a url at all"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
