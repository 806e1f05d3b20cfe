package io.chargeops.core.charging;

import io.chargeops.core.identity.AppUsers;
import io.chargeops.core.pile.GunCode;
import io.chargeops.core.pile.GunDirectory;
import io.chargeops.core.pile.GunState;
import io.chargeops.core.pile.GunStatusView;
import io.chargeops.core.pile.PileCommandLog;
import io.chargeops.core.pile.PileCommandResult;
import io.chargeops.core.pile.PileGateways;
import io.chargeops.core.pile.PileRecords;
import io.chargeops.core.pile.PileRecords.PileOwner;
import io.chargeops.core.tariff.TariffInForce;
import io.chargeops.core.wallet.WalletConcurrencyException;
import io.chargeops.core.wallet.WalletRetry;
import io.chargeops.core.wallet.WalletService;
import io.chargeops.pile.api.PileCommandException;
import io.chargeops.pile.api.PileGateway;
import io.chargeops.pile.api.PileGatewayFactory;
import io.chargeops.pile.api.PileMessageReceived;
import io.chargeops.pile.protocol.ykc.message.BmsStop;
import io.chargeops.pile.protocol.ykc.message.ChargeEnd;
import io.chargeops.pile.protocol.ykc.message.ChargerStop;
import io.chargeops.pile.protocol.ykc.message.PileStartRequest;
import io.chargeops.pile.protocol.ykc.message.PileStartResponse;
import io.chargeops.pile.protocol.ykc.message.PlatformMessage;
import io.chargeops.pile.protocol.ykc.message.RealTimeData;
import io.chargeops.pile.protocol.ykc.message.RemoteStartRequest;
import io.chargeops.pile.protocol.ykc.message.RemoteStartResponse;
import io.chargeops.pile.protocol.ykc.message.RemoteStopRequest;
import io.chargeops.pile.protocol.ykc.message.RemoteStopResponse;
import io.chargeops.pile.protocol.ykc.message.TransactionRecord;
import io.chargeops.pile.protocol.ykc.message.TransactionRecordConfirm;
import io.chargeops.pile.protocol.ykc.types.AuthFailureReason;
import io.chargeops.pile.protocol.ykc.types.LogicalCardNo;
import io.chargeops.pile.protocol.ykc.types.PhysicalCardNo;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.StartMode;
import io.chargeops.pile.protocol.ykc.types.SuccessFlag;
import io.chargeops.pile.protocol.ykc.types.TransactionConfirmResult;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Charging sessions end to end (ARCHITECTURE §3 steps 3–7): starts from the app, the console and the pile (card,
 * VIN), live data, stops, settlement of transaction records exactly once, and the deadlines of YKC §13.3.
 *
 * <p>No transaction here: each step commits in {@link ChargingOrders} first, and only then is a frame sent, so a
 * pile is never told something the database does not hold (the 0x40 after settlement above all). A crash between
 * commit and frame is repaired by the pile itself, which resends its record until it is confirmed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChargingService {

    private static final Logger LOG = Logger.getLogger(ChargingService.class.getName());
    private static final AtomicInteger SERIAL_SEQUENCE = new AtomicInteger();
    private static final int RETRY_ATTEMPTS = 20;
    static final String REMOTE_START = "REMOTE_START";
    static final String REMOTE_STOP = "REMOTE_STOP";

    @EJB
    ChargingOrders orders;

    @EJB
    GunDirectory guns;

    @EJB
    PileRecords piles;

    @EJB
    AppUsers users;

    @EJB
    WalletService wallets;

    @EJB
    TariffInForce tariffs;

    @Resource(lookup = PileGateways.JNDI_NAME)
    PileGatewayFactory gateways;

    @EJB
    PileCommandLog commandLog;

    @Inject
    ChargingSettings settings;

    Clock clock = Clock.systemUTC();

    /** A start request from the app or an operator. */
    public record StartRequest(String userPhone, String gunCode, BigDecimal prepayAmount, StartChannel channel,
                               String actor) {
    }

    /**
     * Starts a charge: checks the gun and the user, creates the order and freezes the prepay (one transaction),
     * then sends 0x34 with the prepay as the balance the pile may use. The pile's 0x33 (or its first charging
     * 0x13) makes the order CHARGING; no answer within the start timeout makes it FAILED.
     */
    public ChargingOrderView start(StartRequest request) {
        BigDecimal prepay = request.prepayAmount();
        StartableGun target = startableGun(request.gunCode(), prepay);
        GunCode code = target.code();
        GunStatusView gun = target.gun();
        PileOwner owner = target.owner();
        Long userId = users.activeUserId(request.userPhone())
                .orElseThrow(() -> ChargingRefusals.unknownUser(request.userPhone()));
        Long walletId = wallets.personalWalletOf(userId).orElseThrow(() -> ChargingRefusals.noWallet(request.userPhone()));
        Instant now = clock.instant();
        Long version = tariffs.versionAt(owner.tariffTemplateId(), now)
                .orElseThrow(() -> ChargingRefusals.noTariff(code.value()));
        String serial = newSerial(gun.pileCode(), gun.gunNo());
        ChargingOrders.NewOrder order = new ChargingOrders.NewOrder(owner.merchantId(), owner.stationId(), serial,
                gun.pileCode(), gun.gunNo(), code.value(), userId, walletId, request.channel(), request.actor(), prepay,
                version, null, null);
        ChargingOrderView created = retry().run(() -> orders.open(order, now));
        LOG.info(() -> "Order " + serial + " created on gun " + code + " for user " + userId + " by " + request.actor()
                + ", prepay " + prepay);
        sendStart(serial, gun, userId, prepay, request.actor());
        return created;
    }

    /**
     * A start for an interconnect partner platform (T/CEC 102 query_start_charge): billed to the partner's channel
     * account ({@code userId}, {@code walletId}) rather than a person's wallet, with the partner's own number of the
     * charge ({@code partnerStartSeq}) kept on the order; otherwise exactly {@link #start}: same checks, same order
     * state machine, same 0x34.
     */
    public record PartnerStartRequest(Long userId, Long walletId, String gunCode, BigDecimal prepayAmount,
                                      String partnerStartSeq, String actor) {
    }

    public ChargingOrderView startForPartner(PartnerStartRequest request) {
        BigDecimal prepay = request.prepayAmount();
        StartableGun target = startableGun(request.gunCode(), prepay);
        GunCode code = target.code();
        GunStatusView gun = target.gun();
        PileOwner owner = target.owner();
        if (request.userId() == null || request.walletId() == null) {
            throw ChargingRefusals.noWallet(request.actor());
        }
        Instant now = clock.instant();
        Long version = tariffs.versionAt(owner.tariffTemplateId(), now)
                .orElseThrow(() -> ChargingRefusals.noTariff(code.value()));
        String serial = newSerial(gun.pileCode(), gun.gunNo());
        ChargingOrders.NewOrder order = new ChargingOrders.NewOrder(owner.merchantId(), owner.stationId(), serial,
                gun.pileCode(), gun.gunNo(), code.value(), request.userId(), request.walletId(), StartChannel.PARTNER,
                request.actor(), prepay, version, null, null);
        ChargingOrderView created = retry().run(() -> orders.openForPartner(order, request.partnerStartSeq(), now));
        LOG.info(() -> "Order " + serial + " created on gun " + code + " for partner " + request.actor()
                + " (StartChargeSeq " + request.partnerStartSeq() + "), prepay " + prepay);
        sendStart(serial, gun, request.userId(), prepay, request.actor());
        return created;
    }

    /** The gun a start names, once it is known, reachable and free, with the pile's owner. */
    private record StartableGun(GunCode code, GunStatusView gun, PileOwner owner) {
    }

    /** The checks every start makes before an order exists, whoever asks (app, console, ops API, partner). */
    private StartableGun startableGun(String gunCode, BigDecimal prepay) {
        if (prepay == null || prepay.signum() <= 0 || prepay.scale() > 2) {
            throw ChargingRefusals.invalidPrepay("The prepay amount must be positive with at most 2 decimals: " + prepay);
        }
        GunCode code;
        try {
            code = GunCode.parse(gunCode);
        } catch (IllegalArgumentException e) {
            throw ChargingRefusals.invalidGunCode(e.getMessage());
        }
        GunStatusView gun = guns.gun(code).orElseThrow(() -> ChargingRefusals.unknownGun(code.value()));
        PileOwner owner = piles.owner(gun.pileCode()).orElseThrow(() -> ChargingRefusals.unknownGun(code.value()));
        if (!gun.pileOnline() || gun.state() == GunState.OFFLINE) {
            throw ChargingRefusals.gunOffline(code.value());
        }
        if (gun.state() == GunState.FAULT) {
            throw ChargingRefusals.gunFaulted(code.value());
        }
        if (gun.state() == GunState.CHARGING) {
            throw ChargingRefusals.gunBusy(code.value());
        }
        return new StartableGun(code, gun, owner);
    }

    /**
     * Sends 0x34 for a freshly opened order (recorded in the command log like every operator command); when it
     * cannot be sent the order fails at once and the prepay is released.
     */
    private void sendStart(String serial, GunStatusView gun, Long userId, BigDecimal prepay, String actor) {
        RemoteStartRequest frame = new RemoteStartRequest(TransactionSerial.of(serial), PileCode.of(gun.pileCode()),
                gun.gunNo(), logicalCard(userId), PhysicalCardNo.NONE, prepay);
        try {
            sendRecorded(gun.pileCode(), gun.gunNo(), REMOTE_START, frame, "serial=" + serial + " balance=" + prepay, actor);
        } catch (PileCommandException e) {
            retry().run(() -> orders.startFailed(serial, "start not sent: " + e.getMessage(), "system", clock.instant()));
            throw ChargingRefusals.gunOffline(gun.gunCode());
        }
    }

    /** A stop from the app, the console or the ops API: 0x36 once the order is STOPPING. */
    public ChargingOrderView stop(String orderNo, String actor) {
        ChargingOrderView order = retry().run(() -> orders.stopRequested(orderNo, actor, clock.instant()));
        sendStop(order, actor);
        return order;
    }

    /** An operator settles an ABNORMAL order by hand. */
    public ChargingOrderView settleManually(String orderNo, BigDecimal amount, String reason, String operator) {
        return retry().run(() -> orders.settleManually(orderNo, amount, reason, operator, clock.instant()));
    }

    public Optional<ChargingOrderView> find(String orderNo) {
        return orders.find(orderNo);
    }

    public Optional<LiveChart> live(String orderNo) {
        return orders.live(orderNo);
    }

    public List<OrderEventView> trail(String orderNo) {
        return orders.trail(orderNo);
    }

    public List<ChargingOrderView> list(OrderState state, String gunCode, String userPhone, int limit) {
        Long userId = null;
        if (userPhone != null) {
            Optional<Long> id = users.activeUserId(userPhone);
            if (id.isEmpty()) {
                return List.of();
            }
            userId = id.get();
        }
        return orders.list(state, gunCode, userId, limit);
    }

    /** One user's orders, newest first (the app's order list); {@code state} null for all. */
    public List<ChargingOrderView> listForUser(Long userId, OrderState state, int limit) {
        return userId == null ? List.of() : orders.list(state, null, userId, limit);
    }

    /** Binds a charging card (physical card number) or a vehicle (VIN) to a user's wallet, for 0x31 starts. */
    public Long bindCredential(ChargingCredential.Kind kind, String value, String userPhone) {
        Long userId = users.activeUserId(userPhone).orElseThrow(() -> ChargingRefusals.unknownUser(userPhone));
        Long walletId = wallets.personalWalletOf(userId).orElseThrow(() -> ChargingRefusals.noWallet(userPhone));
        return orders.bindCredential(kind, value, userId, walletId, null);
    }

    // ---- frames from piles -------------------------------------------------------------------------------------

    /** 0x33. */
    public void startAnswered(PileMessageReceived event, RemoteStartResponse answer) {
        String serial = answer.serial().digits();
        commandLog.answered(answer.pileCode().digits(), answer.gunNo(), REMOTE_START, PileCommandResult.ANSWERED,
                "serial=" + serial + " result=" + answer.result()
                        + (answer.result() == SuccessFlag.SUCCESS ? "" : " " + answer.failureReason().description()),
                event.at());
        if (answer.result() == SuccessFlag.SUCCESS) {
            Optional<OrderState> state = retry().run(() -> orders.startConfirmed(serial, event.at()));
            LOG.info(() -> "Pile " + answer.pileCode() + " gun " + answer.gunNo() + " started order " + serial + " → "
                    + state.map(Enum::name).orElse("(unknown order)"));
            if (state.isPresent() && !state.get().holdsGun()) {
                // the platform already closed the order (timeout): the pile must not charge on it (§13.3 rule 2)
                sendQuietly(answer.pileCode().digits(), new RemoteStopRequest(answer.pileCode(), answer.gunNo()));
            }
            return;
        }
        String reason = "pile refused the start: " + answer.failureReason().description();
        retry().run(() -> orders.startFailed(serial, reason, "pile", event.at()));
        LOG.info(() -> "Pile " + answer.pileCode() + " gun " + answer.gunNo() + " order " + serial + ": " + reason);
    }

    /** 0x13 of a gun that is charging or has an order in progress. */
    public void realTimeData(PileMessageReceived event, RealTimeData data) {
        String gunCode = new GunCode(data.pileCode().digits(), data.gunNo()).value();
        ChargingOrders.LiveOutcome outcome = retry().run(() -> orders.realTimeData(gunCode, data, event.at()));
        if (outcome == ChargingOrders.LiveOutcome.PREPAY_USED_UP) {
            orders.inProgressOn(gunCode).ifPresent(order -> {
                LOG.info(() -> "Order " + order.orderNo() + " used up its prepay " + order.prepayAmount() + "; stopping");
                try {
                    sendStop(retry().run(() -> orders.stopRequested(order.orderNo(), "system:prepay-used-up", event.at())), "system");
                } catch (RuntimeException e) {
                    LOG.log(Level.INFO, "Order " + order.orderNo() + " not stopped for its prepay: " + e.getMessage());
                }
            });
        } else if (outcome == ChargingOrders.LiveOutcome.STILL_CHARGING_AFTER_STOP) {
            Optional<ChargingOrderView> order = data.serial().isNone() ? orders.inProgressOn(gunCode)
                    : orders.find(data.serial().digits()).or(() -> orders.inProgressOn(gunCode));
            order.ifPresent(o -> sendStop(o, "system:stop-repeated"));
        }
    }

    /** 0x35. */
    public void stopAnswered(PileMessageReceived event, RemoteStopResponse answer) {
        String gunCode = new GunCode(answer.pileCode().digits(), answer.gunNo()).value();
        commandLog.answered(answer.pileCode().digits(), answer.gunNo(), REMOTE_STOP, PileCommandResult.ANSWERED,
                "result=" + answer.result() + (answer.result() == SuccessFlag.SUCCESS ? "" : " " + answer.failureReason()),
                event.at());
        if (answer.result() == SuccessFlag.SUCCESS) {
            changeOrder(() -> orders.chargeEnded(gunCode, null, "STOP_CONFIRMED", "pile confirmed the stop (0x35)", event.at()));
        } else {
            changeOrder(() -> orders.note(gunCode, null, "STOP_REFUSED", "pile refused the stop: "
                    + answer.failureReason(), "pile", event.at()));
        }
    }

    /** 0x19 charge end, 0x1D BMS abort, 0x21 charger abort: recorded on the order, the record is due. */
    public void chargeEnded(PileMessageReceived event, Object frame) {
        if (frame instanceof ChargeEnd end) {
            changeOrder(() -> orders.chargeEnded(gun(end.pileCode(), end.gunNo()), end.serial().digits(), "CHARGE_END",
                    "charge end (0x19): SOC " + end.endSoc() + "%", event.at()));
        } else if (frame instanceof BmsStop bms) {
            changeOrder(() -> orders.chargeEnded(gun(bms.pileCode(), bms.gunNo()), bms.serial().digits(), "BMS_ABORT",
                    "BMS aborted the charge (0x1D): " + bms, event.at()));
        } else if (frame instanceof ChargerStop charger) {
            changeOrder(() -> orders.chargeEnded(gun(charger.pileCode(), charger.gunNo()), charger.serial().digits(),
                    "CHARGER_ABORT", "charger aborted the charge (0x21): " + charger, event.at()));
        }
    }

    /**
     * 0x3B: settles once, answers 0x40 after the commit, every time. Concurrent copies of one record (a resend
     * racing the first) collide on the order's version; the loser retries and finds it settled.
     */
    public void transactionRecord(PileMessageReceived event, TransactionRecord record) {
        String pileCode = record.pileCode().digits();
        String gunCode = gun(record.pileCode(), record.gunNo());
        PileOwner owner = piles.owner(pileCode).orElse(null);
        if (owner == null) {
            LOG.warning(() -> "Pile " + pileCode + " sent transaction record " + record.serial()
                    + " but is not registered to a merchant; not confirmed, it will be resent");
            return;
        }
        ChargingOrders.Settled settled = retry().run(() -> orders.settle(record, gunCode, owner, event.at()));
        reply(event, new TransactionRecordConfirm(record.serial(), TransactionConfirmResult.ACCEPTED));
        ChargingOrderView o = settled.order();
        LOG.info(() -> "Pile " + pileCode + " transaction record " + record.serial() + (settled.firstTime()
                ? " settled: order " + o.state() + ", payable " + (o.settlement() != null ? o.settlement().payableAmount() : "-")
                : " resent; confirmed again (" + o.confirmations() + " confirmations)"));
    }

    /**
     * 0x31: a card or VIN at the pile. Authorised against the bound account's wallet: the order is created and the
     * available balance frozen, then 0x32 tells the pile the serial and the balance it may use.
     */
    public void pileStartRequested(PileMessageReceived event, PileStartRequest request) {
        String pileCode = request.pileCode().digits();
        String gunCode = gun(request.pileCode(), request.gunNo());
        boolean vin = request.startMode() == StartMode.VIN;
        String credential = vin ? request.vin() : request.accountOrCard().hex();
        ChargingCredential.Kind kind = vin ? ChargingCredential.Kind.VIN : ChargingCredential.Kind.CARD;
        String serial = newSerial(pileCode, request.gunNo());
        AuthFailureReason refusal = AuthFailureReason.NONE;
        BigDecimal balance = BigDecimal.ZERO;
        Optional<ChargingCredential> bound = orders.credential(kind, credential);
        Optional<PileOwner> owner = piles.owner(pileCode);
        if (bound.isEmpty() || bound.get().getStatus() != ChargingCredential.Status.ACTIVE) {
            refusal = vin ? AuthFailureReason.VIN_UNKNOWN
                    : bound.isEmpty() ? AuthFailureReason.ACCOUNT_NOT_FOUND : AuthFailureReason.ACCOUNT_FROZEN;
        } else if (owner.isEmpty()) {
            refusal = AuthFailureReason.PILE_DISABLED;
        } else {
            ChargingCredential c = bound.get();
            BigDecimal available = wallets.available(c.getWalletId()).setScale(2, java.math.RoundingMode.DOWN);
            Optional<Long> version = tariffs.versionAt(owner.get().tariffTemplateId(), event.at());
            if (available.signum() <= 0) {
                refusal = AuthFailureReason.INSUFFICIENT_BALANCE;
            } else if (version.isEmpty()) {
                refusal = AuthFailureReason.PILE_DISABLED;
            } else {
                ChargingOrders.NewOrder order = new ChargingOrders.NewOrder(owner.get().merchantId(),
                        owner.get().stationId(), serial, pileCode, request.gunNo(), gunCode, c.getUserId(),
                        c.getWalletId(), vin ? StartChannel.VIN : StartChannel.CARD, kind + ":" + credential, available,
                        version.get(), vin ? null : credential, vin ? credential : null);
                try {
                    retry().run(() -> orders.open(order, event.at()));
                    balance = available;
                } catch (io.chargeops.core.RefusedException e) {
                    refusal = "insufficient-balance".equals(e.code()) ? AuthFailureReason.INSUFFICIENT_BALANCE
                            : AuthFailureReason.PILE_HAS_UNSETTLED_RECORD;
                }
            }
        }
        boolean ok = refusal == AuthFailureReason.NONE;
        PileStartResponse answer = new PileStartResponse(ok ? TransactionSerial.of(serial) : TransactionSerial.NONE,
                request.pileCode(), request.gunNo(), ok ? logicalCard(bound.get().getUserId()) : LogicalCardNo.NONE,
                balance, ok ? SuccessFlag.SUCCESS : SuccessFlag.FAILURE, refusal);
        AuthFailureReason why = refusal;
        if (!reply(event, answer) && ok) {
            retry().run(() -> orders.startFailed(serial, "authorisation answer not delivered", "system", clock.instant()));
        }
        LOG.info(() -> "Pile " + pileCode + " gun " + request.gunNo() + " " + kind + " start " + credential + ": "
                + (ok ? "authorised, order " + serial : "refused (" + why.description() + ")"));
    }

    /** The deadline sweep: starts not answered in time fail, stops and records overdue make orders abnormal. */
    public int expireOverdue() {
        int handled = 0;
        Instant now = clock.instant();
        for (String serial : orders.overdue(now, 200)) {
            try {
                Optional<ChargingOrders.Expired> expired = retry().run(() -> orders.expire(serial, now));
                if (expired.isPresent()) {
                    handled++;
                    ChargingOrderView o = expired.get().order();
                    LOG.info(() -> "Order " + serial + " on gun " + o.gunCode() + " → " + o.state() + ": "
                            + (o.failureReason() != null ? o.failureReason() : o.abnormalReason()));
                    if (expired.get().startTimedOut()) {
                        commandLog.answered(o.pileCode(), o.gunNo(), REMOTE_START, PileCommandResult.TIMEOUT,
                                "no 0x33 within " + settings.startTimeout().toSeconds() + " s", now);
                        // make sure a late-starting pile does not charge on a closed order (§13.3 rule 2)
                        sendQuietly(o.pileCode(), new RemoteStopRequest(PileCode.of(o.pileCode()), o.gunNo()));
                    }
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Order " + serial + " deadline not handled, next sweep retries: " + e, e);
            }
        }
        return handled;
    }

    // ---- internals ---------------------------------------------------------------------------------------------

    private void sendStop(ChargingOrderView order, String actor) {
        try {
            sendRecorded(order.pileCode(), order.gunNo(), REMOTE_STOP,
                    new RemoteStopRequest(PileCode.of(order.pileCode()), order.gunNo()), "order=" + order.orderNo(), actor);
            LOG.info(() -> "Order " + order.orderNo() + " stop sent to pile " + order.pileCode() + " gun "
                    + order.gunNo() + " by " + actor);
        } catch (PileCommandException e) {
            // the order stays STOPPING; the deadline makes it abnormal if the pile never ends the charge
            changeOrder(() -> orders.note(order.gunCode(), order.orderNo(), "STOP_NOT_SENT", e.getMessage(), actor,
                    clock.instant()));
            LOG.info(() -> "Order " + order.orderNo() + " stop not sent: " + e.getMessage());
        }
    }

    /**
     * Sends a start or stop and records it in the pile's command log (远程指令记录); the pile's answer arrives later
     * as its own frame and closes the record ({@link PileCommandLog#answered}).
     */
    private void sendRecorded(String pileCode, int gunNo, String commandType, PlatformMessage frame, String summary,
                              String actor) throws PileCommandException {
        long id = commandLog.opened(pileCode, gunNo, commandType, frame.messageType().code(), summary,
                actor == null ? "system" : actor, clock.instant());
        try {
            send(pileCode, frame);
        } catch (PileCommandException e) {
            commandLog.closed(id, gatewayOffline(e) ? PileCommandResult.OFFLINE : PileCommandResult.FAILED,
                    e.getMessage(), clock.instant());
            throw e;
        }
    }

    private static boolean gatewayOffline(PileCommandException e) {
        return e instanceof io.chargeops.pile.api.PileOfflineException;
    }

    private void send(String pileCode, PlatformMessage frame) throws PileCommandException {
        try (PileGateway gateway = gateways.getGateway()) {
            gateway.send(PileCode.of(pileCode), frame);
        }
    }

    private void sendQuietly(String pileCode, PlatformMessage frame) {
        try {
            send(pileCode, frame);
        } catch (PileCommandException e) {
            LOG.info(() -> "Pile " + pileCode + " " + frame.messageType().title() + " not sent: " + e.getMessage());
        }
    }

    private boolean reply(PileMessageReceived request, PlatformMessage answer) {
        try (PileGateway gateway = gateways.getGateway()) {
            gateway.reply(request, answer);
            return true;
        } catch (PileCommandException e) {
            LOG.info(() -> "Pile " + request.pileCode() + " answer " + answer.messageType().title() + " not delivered: "
                    + e.getMessage());
            return false;
        }
    }

    /**
     * Every change of an order runs in its own transaction and is retried when it collides with another change of
     * the same order or wallet (a stop racing the pile's live data, 200 starts on one fleet wallet). Contention that
     * outlasts the retries is answered as "busy, try again" (503), never as a fault.
     */
    private RetryingOrders retry() {
        return new RetryingOrders();
    }

    private void changeOrder(Runnable change) {
        retry().run(() -> {
            change.run();
            return null;
        });
    }

    private static final class RetryingOrders {
        private final WalletRetry retry = new WalletRetry(RETRY_ATTEMPTS, WalletRetry.DEFAULT_BACKOFF_MILLIS);

        <T> T run(java.util.function.Supplier<T> change) {
            try {
                return retry.run(change);
            } catch (WalletConcurrencyException e) {
                throw ChargingRefusals.busy(e.getMessage());
            }
        }
    }

    /** pile code + gun + local time to the second + a 4-digit counter: unique per gun unless 10,000 starts in 1 s. */
    private String newSerial(String pileCode, int gunNo) {
        int sequence = Math.floorMod(SERIAL_SEQUENCE.incrementAndGet(), 10_000);
        return TransactionSerial.generate(PileCode.of(pileCode), gunNo, LocalDateTime.now(clock.withZone(settings.zone())),
                sequence).digits();
    }

    /** The logical card number the pile shows for an app start: the user's id, 16 digits. */
    private static LogicalCardNo logicalCard(Long userId) {
        return LogicalCardNo.of(String.format("%016d", userId == null ? 0 : userId));
    }

    private static String gun(PileCode pile, int gunNo) {
        return new GunCode(pile.digits(), gunNo).value();
    }
}
