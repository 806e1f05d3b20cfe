package io.chargeops.core.pile;

import io.chargeops.core.tariff.BillingModels;
import io.chargeops.pile.api.PileCommandException;
import io.chargeops.pile.api.PileConnected;
import io.chargeops.pile.api.PileDisconnected;
import io.chargeops.pile.api.PileFrameRejected;
import io.chargeops.pile.api.PileGateway;
import io.chargeops.pile.api.PileGatewayFactory;
import io.chargeops.pile.api.PileMessageReceived;
import io.chargeops.pile.protocol.ykc.FrameError;
import io.chargeops.pile.protocol.ykc.UnknownFrame;
import io.chargeops.pile.protocol.ykc.message.BillingModel;
import io.chargeops.pile.protocol.ykc.message.BillingModelRequest;
import io.chargeops.pile.protocol.ykc.message.BillingModelResponse;
import io.chargeops.pile.protocol.ykc.message.BillingModelVerifyRequest;
import io.chargeops.pile.protocol.ykc.message.BillingModelVerifyResponse;
import io.chargeops.pile.protocol.ykc.message.Heartbeat;
import io.chargeops.pile.protocol.ykc.message.LoginRequest;
import io.chargeops.pile.protocol.ykc.message.LoginResponse;
import io.chargeops.pile.protocol.ykc.message.PlatformMessage;
import io.chargeops.pile.protocol.ykc.message.RealTimeData;
import io.chargeops.pile.protocol.ykc.types.LoginResult;
import io.chargeops.pile.protocol.ykc.types.ModelVerifyResult;
import io.chargeops.pile.protocol.ykc.types.NetworkType;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the platform does when piles connect, log in, heartbeat and go away (ARCHITECTURE §3 steps 1–2). Business
 * decisions live here, not in the connector: whether a login is accepted, which billing model a pile gets. Gun
 * state is kept in {@link LivePiles}; a row is written only when a gun's state changes.
 *
 * <p>No transaction of its own: {@link PileRecords} commits each event's rows first, and only then is the pile
 * answered (ARCHITECTURE §3: answers follow commits). One log line per event, always with the pile code.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PileService {

    private static final Logger LOG = Logger.getLogger(PileService.class.getName());

    @EJB
    PileRecords records;

    @Resource(lookup = PileGateways.JNDI_NAME)
    PileGatewayFactory gateways;

    @Inject
    LivePiles live;

    @Inject
    PileMetrics metrics;

    @EJB
    PileCommands commands;

    @EJB
    BillingModels billingModels;

    public void connected(PileConnected event) {
        live.connected(event.connectionId(), event.remoteAddress());
        LOG.fine(() -> "Pile connection " + event.connectionId() + " opened from " + event.remoteAddress());
    }

    /**
     * 0x01. A registered, active pile is accepted: it is online from now on, its reported details are kept, and its
     * clock is synchronised right after. An unknown pile is recorded as a free pile (游离电桩) with what it reported
     * and refused, as is a free pile that logs in again before an operator onboards it, and a disabled one; the
     * connector closes a refused connection.
     */
    public void login(PileMessageReceived event, LoginRequest login) {
        String code = login.pileCode().digits();
        String version = protocolVersion(login.protocolVersion());
        String network = networkType(login.networkType());
        PileRecords.Reported reported = new PileRecords.Reported(code, pileType(login), login.gunCount(), version,
                login.firmwareVersion(), login.simIccid(), network);
        PileRecords.LoginDecision decision = decideLogin(reported, event.at());
        if (!decision.accepted()) {
            refuse(event, login, decision.reason(), decision.reason().startsWith("unknown") ? "free" : "refused");
            return;
        }
        // registered before the answer: the pile's next frames on this connection must find its session
        live.online(code, event.connectionId(), decision.guns(), event.at());
        if (!reply(event, new LoginResponse(login.pileCode(), LoginResult.SUCCESS))) {
            return; // the connection is gone; its close event takes the pile offline again
        }
        metrics.login("accepted");
        LOG.info(() -> "Pile " + code + " login accepted on connection " + event.connectionId() + " from "
                + live.remoteAddress(event.connectionId()) + " (protocol " + version + ", firmware "
                + login.firmwareVersion() + ", " + login.gunCount() + " guns, network " + network + ")");
        commands.syncTimeAfterLogin(code);
    }

    /**
     * Commits the login's rows before anything is answered. Two connections of one pile logging in at the same moment
     * collide on the pile row's version; the loser simply reads the winner's row and decides again.
     */
    private PileRecords.LoginDecision decideLogin(PileRecords.Reported reported, Instant at) {
        try {
            return records.login(reported, at);
        } catch (RuntimeException first) {
            LOG.fine(() -> "Pile " + reported.pileCode() + " login collided with another, retrying: " + first);
            return records.login(reported, at);
        }
    }

    private void refuse(PileMessageReceived event, LoginRequest login, String why, String metric) {
        String code = login.pileCode().digits();
        reply(event, new LoginResponse(login.pileCode(), LoginResult.FAILURE));
        metrics.login(metric);
        LOG.info(() -> "Pile " + code + " login refused on connection " + event.connectionId() + " from "
                + live.remoteAddress(event.connectionId()) + ": " + why);
    }

    /** 0x03, already acknowledged by the connector; only the gun's health matters here. */
    public void heartbeat(PileMessageReceived event, Heartbeat heartbeat) {
        String code = heartbeat.pileCode().digits();
        live.changeGun(code, heartbeat.gunNo(), current -> GunStates.afterHeartbeat(current, heartbeat.gunHealth()), event.at())
                .ifPresentOrElse(this::store,
                        () -> LOG.finest(() -> "Pile " + code + " heartbeat gun " + heartbeat.gunNo()));
    }

    /** 0x13: the gun's status; the charging figures it carries are the charging context's business. */
    public void realTimeData(PileMessageReceived event, RealTimeData data) {
        String code = data.pileCode().digits();
        GunState reported = GunStates.fromRealTimeData(data);
        live.changeGun(code, data.gunNo(), current -> reported, event.at())
                .ifPresentOrElse(this::store,
                        () -> LOG.finest(() -> "Pile " + code + " real-time data gun " + data.gunNo() + " " + reported));
    }

    private void store(LivePiles.GunChange change) {
        records.gunState(change.pileCode(), change.gunNo(), change.to(), change.at());
        metrics.gunStateChanged(change.to());
        LOG.info(() -> "Pile " + change.pileCode() + " gun " + change.gunNo() + " " + change.from() + " -> " + change.to());
    }

    /** 0x05: the pile says which model it holds; CONSISTENT only when it is the one in force for it. */
    public void verifyBillingModel(PileMessageReceived event, BillingModelVerifyRequest request) {
        String code = request.pileCode().digits();
        Optional<BillingModel> model = records.tariffTemplateOf(code).flatMap(t -> billingModels.inForce(t, event.at()));
        boolean consistent = model.map(m -> m.id().equals(request.modelId())).orElse(false);
        ModelVerifyResult result = consistent ? ModelVerifyResult.CONSISTENT : ModelVerifyResult.INCONSISTENT;
        live.billingModel(code, new BillingModelCheck(request.modelId().digits(), model.map(m -> m.id().digits()).orElse(null),
                consistent, event.at()));
        if (!consistent) {
            metrics.billingModelInconsistent();
        }
        reply(event, new BillingModelVerifyResponse(request.pileCode(), request.modelId(), result));
        LOG.info(() -> "Pile " + code + " billing model " + request.modelId() + " " + result
                + model.map(m -> " (in force: " + m.id() + ")").orElse(" (no tariff in force)"));
    }

    /** 0x09: the pile asks for the model in force; a pile without a tariff gets no answer and is logged. */
    public void sendBillingModel(PileMessageReceived event, BillingModelRequest request) {
        String code = request.pileCode().digits();
        Optional<BillingModel> model = records.tariffTemplateOf(code).flatMap(t -> billingModels.inForce(t, event.at()));
        if (model.isEmpty()) {
            LOG.warning(() -> "Pile " + code + " requested its billing model but no complete tariff is in force for it");
            return;
        }
        if (reply(event, new BillingModelResponse(request.pileCode(), model.get()))) {
            String sent = model.get().id().digits();
            live.billingModel(code, new BillingModelCheck(sent, sent, true, event.at()));
        }
        LOG.info(() -> "Pile " + code + " billing model " + model.get().id() + " sent");
    }

    /**
     * A connection closed. The pile goes offline (and every gun OFFLINE) only when the closed connection was its
     * session: a connection replaced by a newer login, or one that never logged in, changes nothing.
     */
    public void disconnected(PileDisconnected event) {
        if (event.pileCode() == null) {
            live.disconnected(event.connectionId());
            LOG.fine(() -> "Pile connection " + event.connectionId() + " closed before login: " + event.reason());
            return;
        }
        String code = event.pileCode().digits();
        if (event.reason() == PileDisconnected.Reason.REPLACED_BY_NEW_LOGIN || !live.offline(code, event.connectionId())) {
            live.disconnected(event.connectionId());
            LOG.info(() -> "Pile " + code + " connection " + event.connectionId() + " closed (" + event.reason()
                    + "); not its current session, pile stays " + (live.isOnline(code) ? "online" : "offline"));
            return;
        }
        records.offline(code, event.at());
        metrics.offline(event.reason().name());
        LOG.info(() -> "Pile " + code + " offline: " + event.reason() + " on connection " + event.connectionId());
    }

    /** Bytes that were no valid frame: counted per pile and logged, never fatal for the connection. */
    public void frameRejected(PileFrameRejected event) {
        String pile = event.pileCode() == null ? "(unknown)" : event.pileCode().digits();
        long count = event.pileCode() == null ? 0 : live.frameRejected(pile);
        metrics.frameRejected();
        String what;
        if (event.rejected() instanceof FrameError error) {
            what = error.kind() + " " + error.detail();
        } else if (event.rejected() instanceof UnknownFrame unknown) {
            what = "unknown frame " + unknown.frame();
        } else {
            what = String.valueOf(event.rejected());
        }
        LOG.info(() -> "Pile " + pile + " frame rejected on connection " + event.connectionId() + " (" + count
                + " so far): " + what);
    }

    /** Free piles (游离电桩) waiting for an operator, newest login first. */
    public List<Pile> freePiles() {
        return records.freePiles();
    }

    /** @return whether the answer was handed to the connector (false: the connection is already gone) */
    private boolean reply(PileMessageReceived request, PlatformMessage answer) {
        try (PileGateway gateway = gateways.getGateway()) {
            gateway.reply(request, answer);
            return true;
        } catch (PileCommandException e) {
            LOG.log(Level.INFO, "Pile " + request.pileCode() + " answer " + answer.messageType().title()
                    + " not delivered: " + e.getMessage());
            return false;
        }
    }

    /** The login frame's version byte is the version × 10 (16 = 0x10 for v1.6); stored as the seed does, "V1.6". */
    static String protocolVersion(int versionByte) {
        return "V" + versionByte / 10 + "." + versionByte % 10;
    }

    static String networkType(NetworkType type) {
        return type.isKnown() ? switch (type.code()) {
            case 0x00 -> "SIM";
            case 0x01 -> "LAN";
            case 0x02 -> "WAN";
            default -> "OTHER";
        } : String.format("0x%02X", type.code());
    }

    private static PileType pileType(LoginRequest login) {
        return login.pileType() == io.chargeops.pile.protocol.ykc.types.PileType.AC ? PileType.AC : PileType.DC;
    }
}
