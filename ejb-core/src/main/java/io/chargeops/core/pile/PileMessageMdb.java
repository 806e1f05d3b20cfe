package io.chargeops.core.pile;

import io.chargeops.pile.api.PileConnected;
import io.chargeops.pile.api.PileDisconnected;
import io.chargeops.core.charging.ChargingService;
import io.chargeops.pile.api.PileEvent;
import io.chargeops.pile.api.PileFrameRejected;
import io.chargeops.pile.api.PileMessageListener;
import io.chargeops.pile.api.PileMessageReceived;
import io.chargeops.pile.protocol.ykc.message.BillingModelRequest;
import io.chargeops.pile.protocol.ykc.message.BillingModelVerifyRequest;
import io.chargeops.pile.protocol.ykc.message.BmsStop;
import io.chargeops.pile.protocol.ykc.message.ChargeEnd;
import io.chargeops.pile.protocol.ykc.message.ChargerStop;
import io.chargeops.pile.protocol.ykc.message.Heartbeat;
import io.chargeops.pile.protocol.ykc.message.LoginRequest;
import io.chargeops.pile.protocol.ykc.message.PileStartRequest;
import io.chargeops.pile.protocol.ykc.message.RealTimeData;
import io.chargeops.pile.protocol.ykc.message.RemoteStartResponse;
import io.chargeops.pile.protocol.ykc.message.RemoteStopResponse;
import io.chargeops.pile.protocol.ykc.message.TransactionRecord;
import io.chargeops.pile.protocol.ykc.message.YkcMessage;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives every event of every pile connection from the pile resource adapter and hands it to the service that owns
 * it; no logic here (Cargo Tracker's tiny MDBs). Which adapter it listens to is not in this class: the name differs
 * per runtime shape ({@code pile-jca-connector} standalone on Payara Micro, {@code chargeops#pile-jca-connector}
 * inside the EAR), so each shape's {@code glassfish-ejb-jar.xml} binds it ({@code micro}'s WEB-INF, ejb-core's
 * META-INF for the EAR).
 *
 * <p>No transaction around delivery: each service call is its own unit of work, and the connector offers no XA.
 * An exception is logged and swallowed, because the connector cannot redeliver and the pile will simply retry
 * (login, 0x05) or send fresh data (heartbeats, real-time data).
 */
@MessageDriven(name = "PileMessageMdb", messageListenerInterface = PileMessageListener.class, activationConfig = {
    // names this endpoint in the connector's log lines and statistics
    @ActivationConfigProperty(propertyName = "endpointName", propertyValue = "PileMessageMdb"),
    // at most this many deliveries at once; glassfish-ejb-jar.xml gives the bean pool more (32) than that
    @ActivationConfigProperty(propertyName = "maxConcurrentDeliveries", propertyValue = "16")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PileMessageMdb implements PileMessageListener {

    private static final Logger LOG = Logger.getLogger(PileMessageMdb.class.getName());

    @EJB
    PileService piles;

    @EJB
    ChargingService charging;

    @Inject
    UnhandledFrames unhandled;

    @Override
    public void onPileEvent(PileEvent event) {
        try {
            if (event instanceof PileMessageReceived received) {
                onMessage(received, received.packet().message());
            } else if (event instanceof PileConnected connected) {
                piles.connected(connected);
            } else if (event instanceof PileDisconnected disconnected) {
                piles.disconnected(disconnected);
            } else if (event instanceof PileFrameRejected rejected) {
                piles.frameRejected(rejected);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Pile " + pileOf(event) + " event " + event.getClass().getSimpleName()
                    + " on connection " + event.connectionId() + " failed: " + e, e);
        }
    }

    private void onMessage(PileMessageReceived event, YkcMessage message) {
        if (message instanceof LoginRequest login) {
            piles.login(event, login);
        } else if (message instanceof Heartbeat heartbeat) {
            piles.heartbeat(event, heartbeat);
        } else if (message instanceof BillingModelVerifyRequest verify) {
            piles.verifyBillingModel(event, verify);
        } else if (message instanceof BillingModelRequest request) {
            piles.sendBillingModel(event, request);
        } else if (message instanceof RealTimeData data) {
            piles.realTimeData(event, data);
            charging.realTimeData(event, data);
        } else if (message instanceof TransactionRecord record) {
            charging.transactionRecord(event, record);
        } else if (message instanceof RemoteStartResponse answer) {
            charging.startAnswered(event, answer);
        } else if (message instanceof RemoteStopResponse answer) {
            charging.stopAnswered(event, answer);
        } else if (message instanceof PileStartRequest request) {
            charging.pileStartRequested(event, request);
        } else if (message instanceof ChargeEnd || message instanceof BmsStop || message instanceof ChargerStop) {
            charging.chargeEnded(event, message);
        } else {
            unhandled.received(event);
        }
    }

    private static Object pileOf(PileEvent event) {
        if (event instanceof PileMessageReceived m) {
            return m.pileCode();
        }
        if (event instanceof PileDisconnected d) {
            return d.pileCode();
        }
        if (event instanceof PileFrameRejected r) {
            return r.pileCode();
        }
        return "(not logged in)";
    }
}
