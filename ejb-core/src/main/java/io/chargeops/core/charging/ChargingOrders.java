package io.chargeops.core.charging;

import io.chargeops.core.identity.AppUsers;
import io.chargeops.core.messaging.DomainEventPublisher;
import io.chargeops.jms.ChargeOpsDestinations;
import io.chargeops.core.pile.PileRecords.PileOwner;
import io.chargeops.core.tariff.RateType;
import io.chargeops.core.tariff.TariffInForce;
import io.chargeops.core.tariff.pricing.ChargeLine;
import io.chargeops.core.tariff.pricing.PileBillCheck;
import io.chargeops.core.tariff.pricing.RateLine;
import io.chargeops.core.wallet.ChargePayment;
import io.chargeops.core.wallet.InsufficientBalanceException;
import io.chargeops.core.wallet.WalletService;
import io.chargeops.pile.protocol.ykc.message.RealTimeData;
import io.chargeops.pile.protocol.ykc.message.TransactionRecord;
import io.chargeops.pile.protocol.ykc.types.GunStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The charging context's units of work, one transaction each (REQUIRED, so {@link ChargingService} gets a fresh
 * transaction per call): the order row, its wallet hold and ledger entries change together or not at all. Nothing
 * here talks to piles; the service sends frames only after these methods commit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class ChargingOrders {

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @jakarta.ejb.EJB
    io.chargeops.core.audit.OperationLog operationLog;

    @EJB
    WalletService wallets;

    @EJB
    TariffInForce tariffs;

    @EJB
    AppUsers users;

    @Inject
    ChargingSettings settings;

    @EJB
    DomainEventPublisher events;

    /** What a new order needs, resolved by the service from the gun, the user and the tariff. */
    public record NewOrder(Long merchantId, Long stationId, String serial, String pileCode, int gunNo, String gunCode,
                    Long userId, Long walletId, StartChannel channel, String startedBy, BigDecimal prepay,
                    Long tariffVersionId, String cardNo, String vin) {
    }

    /** Creates the order (STARTING) and freezes its prepay; refused when the gun already has an order in progress. */
    public ChargingOrderView open(NewOrder n, Instant at) {
        if (activeOn(n.gunCode()).isPresent()) {
            throw ChargingRefusals.gunBusy(n.gunCode());
        }
        ChargingOrder order = ChargingOrder.starting(n.merchantId(), n.stationId(), n.serial(), n.pileCode(), n.gunNo(),
                n.gunCode(), n.userId(), n.walletId(), n.channel(), n.startedBy(), n.prepay(), n.tariffVersionId(),
                at.plus(settings.startTimeout()));
        order.setCredential(n.cardNo(), n.vin());
        em.persist(order);
        em.flush(); // the active-gun unique index decides a race between two starts here, before money moves
        try {
            wallets.freeze(n.walletId(), n.prepay(), n.serial(), key(n.serial(), "freeze"));
        } catch (InsufficientBalanceException e) {
            throw ChargingRefusals.insufficientBalance("Prepay " + n.prepay() + " exceeds the available balance "
                    + e.getAvailable() + " of wallet " + n.walletId());
        }
        event(order, at, "CREATED", n.channel() + " start on gun " + n.gunCode() + ", prepay " + n.prepay()
                + ", tariff version " + n.tariffVersionId(), n.startedBy());
        return view(order);
    }

    /** {@link #open} for a partner platform's start, keeping the partner's own number of the charge on the order. */
    public ChargingOrderView openForPartner(NewOrder n, String partnerStartSeq, Instant at) {
        open(n, at);
        ChargingOrder order = bySerial(n.serial()).orElseThrow();
        order.setPartnerStartSeq(partnerStartSeq);
        return view(order);
    }

    /** The start frame could not be sent or was refused: FAILED, prepay released. */
    public Optional<ChargingOrderView> startFailed(String serial, String reason, String actor, Instant at) {
        return bySerial(serial).filter(o -> o.getState() == OrderState.STARTING).map(o -> {
            o.failed(reason, at);
            release(o);
            event(o, at, "START_FAILED", reason, actor);
            return view(o);
        });
    }

    /**
     * 0x33 success for the order.
     *
     * @return the order's state afterwards, empty for an unknown serial
     */
    public Optional<OrderState> startConfirmed(String serial, Instant at) {
        return bySerial(serial).map(o -> {
            if (o.charging(at)) {
                event(o, at, "START_CONFIRMED", "pile confirmed the start (0x33)", "pile");
            } else {
                event(o, at, "START_CONFIRMED_LATE", "pile confirmed the start while the order was " + o.getState(), "pile");
            }
            return o.getState();
        });
    }

    /** A stop from the app, the console or the platform itself; the service then sends 0x36. */
    public ChargingOrderView stopRequested(String serial, String by, Instant at) {
        ChargingOrder o = bySerial(serial).orElseThrow(() -> ChargingRefusals.unknownOrder(serial));
        if (o.getState() != OrderState.CHARGING && o.getState() != OrderState.STARTING) {
            throw ChargingRefusals.notStoppable(serial, o.getState());
        }
        o.stopRequested(by, at, at.plus(settings.stopTimeout()));
        event(o, at, "STOP_REQUESTED", "stop requested", by);
        return view(o);
    }

    /** What the real-time data means for the order, so the service knows whether to stop the charge. */
    public enum LiveOutcome { NONE, UPDATED, PREPAY_USED_UP, ABNORMAL, STILL_CHARGING_AFTER_STOP }

    /** A stopping gun still reported charging this long after the stop request gets the stop (0x36) again. */
    static final Duration STOP_REPEAT_AFTER = Duration.ofSeconds(5);

    /**
     * 0x13 for a gun: the order it belongs to (by serial, or the gun's order in progress) takes the figures. A
     * charging report confirms a start; idle reports while charging count towards 异常订单.
     */
    public LiveOutcome realTimeData(String gunCode, RealTimeData data, Instant at) {
        Optional<ChargingOrder> found = data.serial().isNone() ? activeOn(gunCode)
                : bySerial(data.serial().digits()).or(() -> activeOn(gunCode));
        if (found.isEmpty()) {
            return LiveOutcome.NONE;
        }
        ChargingOrder o = found.get();
        if (data.status() == GunStatus.CHARGING) {
            if (o.getState() == OrderState.ABNORMAL && o.getStopRequestedAt() != null && !data.serial().isNone()) {
                // the stop deadline passed while the pile was away (ABNORMAL) and it charges on: still ask it to stop
                event(o, at, "STILL_CHARGING", "the pile still charges the abnormal order after the stop request;"
                        + " stop sent again", "pile");
                return LiveOutcome.STILL_CHARGING_AFTER_STOP;
            }
            if (!o.getState().holdsGun()) {
                return LiveOutcome.NONE;
            }
            if (o.charging(at)) {
                event(o, at, "START_CONFIRMED", "first real-time data while charging", "pile");
            }
            Instant lastSample = o.getLiveAt();
            o.live(data.energy(), data.amount(), data.soc(), data.outputVoltage(), data.outputCurrent(),
                    power(data), data.chargingMinutes(), data.remainingMinutes(), at);
            // the first report always samples (liveAt is set only here), so no count of the samples is needed per frame
            if (lastSample == null || Duration.between(lastSample, at).compareTo(settings.liveSampleInterval()) >= 0) {
                sample(o);
            }
            if (o.getState() == OrderState.CHARGING && o.getPrepayAmount() != null
                    && data.amount().compareTo(o.getPrepayAmount()) >= 0) {
                return LiveOutcome.PREPAY_USED_UP;
            }
            // the stop never reached the pile (it was offline, or the connection dropped with the 0x36 on it) and it
            // charges on: the user asked to stop, so ask the pile again instead of waiting for the stop deadline
            if (o.getState() == OrderState.STOPPING && o.getStopRequestedAt() != null
                    && Duration.between(o.getStopRequestedAt(), at).compareTo(STOP_REPEAT_AFTER) >= 0) {
                event(o, at, "STILL_CHARGING", "the pile still charges after the stop request; stop sent again", "pile");
                return LiveOutcome.STILL_CHARGING_AFTER_STOP;
            }
            return LiveOutcome.UPDATED;
        }
        if (o.getState() == OrderState.CHARGING && data.status() == GunStatus.IDLE) {
            int idle = o.idleReported();
            if (idle >= settings.idleReportsAbnormal()) {
                o.abnormal("pile reported the gun idle " + idle + " times while the order was charging (YKC §13.3 rule 4)", at);
                event(o, at, "ABNORMAL", o.getAbnormalReason(), "pile");
                return LiveOutcome.ABNORMAL;
            }
            return LiveOutcome.UPDATED;
        }
        if (o.getState() == OrderState.STOPPING && data.status() != GunStatus.CHARGING) {
            o.chargeEnded(at, at.plus(settings.recordWindow()));
            return LiveOutcome.UPDATED;
        }
        return LiveOutcome.NONE;
    }

    /** The pile says the charge on this gun has ended (0x35 success, 0x19, 0x1D, 0x21): the record is now due. */
    public void chargeEnded(String gunCode, String serial, String kind, String detail, Instant at) {
        Optional<ChargingOrder> found = serial != null ? bySerial(serial).or(() -> activeOn(gunCode)) : activeOn(gunCode);
        found.ifPresent(o -> {
            o.chargeEnded(at, at.plus(settings.recordWindow()));
            event(o, at, kind, detail, "pile");
        });
    }

    /** A frame the order's trail should show without changing its state (e.g. a refused stop). */
    public void note(String gunCode, String serial, String kind, String detail, String actor, Instant at) {
        Optional<ChargingOrder> found = serial != null ? bySerial(serial).or(() -> activeOn(gunCode)) : activeOn(gunCode);
        found.ifPresent(o -> event(o, at, kind, detail, actor));
    }

    /** The settlement of a transaction record and what to answer the pile. */
    public record Settled(ChargingOrderView order, boolean firstTime) {
    }

    /**
     * 0x3B: settles the order of the record's serial exactly once. A resent record of a settled order changes
     * nothing but the count of confirmations; a record without an order is kept as an ABNORMAL order.
     */
    public Settled settle(TransactionRecord record, String gunCode, PileOwner owner, Instant at) {
        String serial = record.serial().digits();
        ChargingOrder o = em.createQuery("SELECT o FROM ChargingOrder o WHERE o.transactionSerial = :s", ChargingOrder.class)
                .setParameter("s", serial)
                .setLockMode(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
                .getResultStream().findFirst().orElse(null);
        if (o == null) {
            Long version = tariffs.versionAt(owner.tariffTemplateId(), at).orElse(null);
            o = ChargingOrder.unknownRecord(owner.merchantId(), owner.stationId(), serial, record.pileCode().digits(),
                    record.gunNo(), gunCode, version, "transaction record for a serial the platform never started "
                            + "(offline start?); kept for manual settlement");
            em.persist(o);
            o.pileRecord(record.startTime(), record.endTime(), record.meterStart(), record.meterStop(),
                    record.totalEnergy(), record.totalAmount());
            o.stopReason(record.stopReason().code(), record.stopReason().description());
            o.confirmed();
            event(o, at, "RECORD_WITHOUT_ORDER", describe(record), "pile");
            return new Settled(view(o), true);
        }
        o.confirmed();
        if (o.getState() == OrderState.SETTLED) {
            event(o, at, "RECORD_RESENT", "resent transaction record confirmed again, nothing changed", "pile");
            return new Settled(view(o), false);
        }
        o.pileRecord(record.startTime(), record.endTime(), record.meterStart(), record.meterStop(),
                record.totalEnergy(), record.totalAmount());
        o.recordVin(record.vin());
        o.stopReason(record.stopReason().code(), record.stopReason().description());
        RecordPricing.Priced priced = RecordPricing.price(tariffs.schedule(o.getTariffVersionId()), record,
                settings.billAuthority(), List.of());
        for (ChargeLine line : priced.amounts().lines()) {
            RateLine platform = priced.amounts().breakdown().line(line.rateType());
            PileBillCheck.LineDifference pile = priced.check().line(line.rateType());
            em.persist(new ChargingOrderLine(o.getId(), o.getMerchantId(), line.rateType(), line.energy(),
                    platform.price().electricityFee(), platform.price().serviceFee(), line.electricityAmount(),
                    line.serviceAmount(), pile.pileUnitPrice(), pile.pileAmount()));
        }
        ChargePayment payment = pay(o, priced.payable());
        String check = priced.check().verdict().name();
        o.settled(priced.amounts().breakdown().electricityAmount(), priced.amounts().breakdown().serviceAmount(),
                priced.amounts().discount(), priced.amounts().netAmount(), priced.payable(), payment.paid(),
                payment.arrears(), check, String.join("; ", priced.check().findings()), "pile",
                o.getState() == OrderState.STARTING || o.getState() == OrderState.CHARGING
                        || o.getState() == OrderState.STOPPING ? null : "settled from " + o.getState() + " by a late record",
                at);
        event(o, at, "SETTLED", describe(record) + "; payable " + priced.payable() + ", paid " + payment.paid()
                + (payment.arrears().signum() > 0 ? ", arrears " + payment.arrears() : "") + ", pile check " + check, "pile");
        ChargingOrderView settled = view(o);
        events.publish(ChargeOpsDestinations.ORDER_SETTLED, OrderSettled.of(settled));
        return new Settled(settled, true);
    }

    /**
     * 异常订单 settled by an operator: the amount they decide (by default what the pile last reported live), with
     * their name and reason on the order's trail.
     */
    public ChargingOrderView settleManually(String serial, BigDecimal amount, String reason, String operator, Instant at) {
        ChargingOrder o = bySerial(serial).orElseThrow(() -> ChargingRefusals.unknownOrder(serial));
        if (o.getState() != OrderState.ABNORMAL) {
            throw ChargingRefusals.notAbnormal(serial, o.getState());
        }
        BigDecimal decided = (amount != null ? amount : o.getLiveAmount() != null ? o.getLiveAmount() : BigDecimal.ZERO)
                .setScale(2, RoundingMode.HALF_UP);
        if (decided.signum() < 0) {
            throw ChargingRefusals.invalidPrepay("A settlement amount cannot be negative: " + decided);
        }
        em.lock(o, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        java.util.Map<String, Object> before = new java.util.LinkedHashMap<>();
        before.put("state", o.getState());
        before.put("liveAmount", o.getLiveAmount());
        ChargePayment payment = o.getWalletId() == null ? new ChargePayment(BigDecimal.ZERO.setScale(2), decided)
                : pay(o, decided);
        o.settled(null, null, null, decided, decided, payment.paid(), payment.arrears(), "MANUAL", null, operator,
                reason, at);
        event(o, at, "MANUAL_SETTLEMENT", "settled by hand at " + decided + ": " + reason, operator);
        java.util.Map<String, Object> after = new java.util.LinkedHashMap<>(before);
        after.put("state", o.getState());
        after.put("totalAmount", decided);
        after.put("paid", payment.paid());
        after.put("arrears", payment.arrears());
        after.put("reason", reason);
        operationLog.record("order.manual-settlement", "order", serial, o.getMerchantId(), before, after);
        ChargingOrderView settled = view(o);
        events.publish(ChargeOpsDestinations.ORDER_SETTLED, OrderSettled.of(settled));
        return settled;
    }

    /** Orders whose deadline has passed, oldest first (the deadline sweep handles each in its own transaction). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> overdue(Instant now, int limit) {
        return em.createQuery("SELECT o.transactionSerial FROM ChargingOrder o WHERE o.deadlineAt IS NOT NULL"
                        + " AND o.deadlineAt < :now ORDER BY o.deadlineAt", String.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** What the sweep did to one overdue order. */
    public record Expired(ChargingOrderView order, boolean startTimedOut) {
    }

    /** A start not answered in time → FAILED (prepay released); a stop or record overdue → ABNORMAL. */
    public Optional<Expired> expire(String serial, Instant now) {
        return bySerial(serial).filter(o -> o.getDeadlineAt() != null && o.getDeadlineAt().isBefore(now)).map(o -> {
            if (o.getState() == OrderState.STARTING) {
                String reason = "pile did not confirm the start within " + settings.startTimeout().toSeconds() + " s";
                o.failed(reason, now);
                release(o);
                event(o, now, "START_TIMEOUT", reason, "system");
                return new Expired(view(o), true);
            }
            String reason = o.getStoppedAt() != null
                    ? "no transaction record within " + settings.recordWindow().toSeconds() + " s of the end of charge"
                    : "the pile did not end the charge within " + settings.stopTimeout().toSeconds() + " s of the stop";
            o.abnormal(reason, now);
            event(o, now, "ABNORMAL", reason, "system");
            return new Expired(view(o), false);
        });
    }

    // ---- reads -------------------------------------------------------------------------------------------------

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ChargingOrderView> find(String orderNo) {
        return bySerial(orderNo).map(this::view);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ChargingOrderView> inProgressOn(String gunCode) {
        return activeOn(gunCode).map(this::view);
    }

    /** Newest first; every filter optional. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ChargingOrderView> list(OrderState state, String gunCode, Long userId, int limit) {
        StringBuilder q = new StringBuilder("SELECT o FROM ChargingOrder o WHERE 1 = 1");
        if (state != null) {
            q.append(" AND o.state = :state");
        }
        if (gunCode != null) {
            q.append(" AND o.gunCode = :gun");
        }
        if (userId != null) {
            q.append(" AND o.userId = :user");
        }
        var query = em.createQuery(q.append(" ORDER BY o.id DESC").toString(), ChargingOrder.class);
        if (state != null) {
            query.setParameter("state", state);
        }
        if (gunCode != null) {
            query.setParameter("gun", gunCode);
        }
        if (userId != null) {
            query.setParameter("user", userId);
        }
        return query.setMaxResults(limit).getResultList().stream().map(this::view).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<LiveChart> live(String orderNo) {
        return bySerial(orderNo).map(o -> new LiveChart(view(o), em.createQuery(
                        "SELECT s FROM ChargingSample s WHERE s.orderId = :o ORDER BY s.sampledAt, s.id", ChargingSample.class)
                .setParameter("o", o.getId()).getResultList().stream().map(LiveChart.Point::of).toList()));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<OrderEventView> trail(String orderNo) {
        return bySerial(orderNo).map(o -> em.createQuery(
                        "SELECT e FROM ChargingOrderEvent e WHERE e.orderId = :o ORDER BY e.occurredAt, e.id",
                        ChargingOrderEvent.class)
                .setParameter("o", o.getId()).getResultList().stream().map(OrderEventView::of).toList())
                .orElseThrow(() -> ChargingRefusals.unknownOrder(orderNo));
    }

    // ---- cards and vehicles ----------------------------------------------------------------------------------------

    /** The active card or VIN binding, as (userId, walletId). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ChargingCredential> credential(ChargingCredential.Kind kind, String value) {
        return em.createQuery("SELECT c FROM ChargingCredential c WHERE c.kind = :k AND c.credential = :v",
                        ChargingCredential.class)
                .setParameter("k", kind).setParameter("v", value)
                .getResultStream().findFirst();
    }

    public Long bindCredential(ChargingCredential.Kind kind, String value, Long userId, Long walletId, Long merchantId) {
        if (credential(kind, value).isPresent()) {
            throw new io.chargeops.core.RefusedException(io.chargeops.core.RefusedException.Kind.CONFLICT,
                    "credential-bound", kind + " " + value + " is already bound to an account");
        }
        ChargingCredential c = new ChargingCredential(kind, value, userId, walletId, merchantId);
        em.persist(c);
        em.flush();
        return c.getId();
    }

    // ---- internals -------------------------------------------------------------------------------------------------

    private ChargePayment pay(ChargingOrder o, BigDecimal payable) {
        if (o.getWalletId() == null) {
            return new ChargePayment(BigDecimal.ZERO.setScale(2), payable);
        }
        return wallets.payCharge(o.getWalletId(), payable, o.getTransactionSerial(), key(o.getTransactionSerial(), "pay"));
    }

    private void release(ChargingOrder o) {
        if (o.getWalletId() != null && o.getPrepayAmount() != null) {
            wallets.unfreeze(o.getWalletId(), o.getTransactionSerial(), key(o.getTransactionSerial(), "unfreeze"));
        }
    }

    private Optional<ChargingOrder> bySerial(String serial) {
        return em.createQuery("SELECT o FROM ChargingOrder o WHERE o.transactionSerial = :s", ChargingOrder.class)
                .setParameter("s", serial)
                .getResultStream().findFirst();
    }

    private Optional<ChargingOrder> activeOn(String gunCode) {
        return em.createQuery("SELECT o FROM ChargingOrder o WHERE o.activeGunCode = :g", ChargingOrder.class)
                .setParameter("g", gunCode)
                .getResultStream().findFirst();
    }

    private long samples(Long orderId) {
        return em.createQuery("SELECT COUNT(s) FROM ChargingSample s WHERE s.orderId = :o", Long.class)
                .setParameter("o", orderId).getSingleResult();
    }

    /** Keeps the history bounded: beyond the limit the oldest point goes. */
    private void sample(ChargingOrder o) {
        em.persist(new ChargingSample(o));
        long count = samples(o.getId()) + 1;
        if (count > settings.liveHistorySize()) {
            em.createQuery("SELECT s FROM ChargingSample s WHERE s.orderId = :o ORDER BY s.sampledAt, s.id",
                            ChargingSample.class)
                    .setParameter("o", o.getId()).setMaxResults((int) (count - settings.liveHistorySize()))
                    .getResultList().forEach(em::remove);
        }
    }

    private void event(ChargingOrder o, Instant at, String kind, String detail, String actor) {
        em.persist(new ChargingOrderEvent(o, at, kind, detail, actor == null ? "system" : actor));
    }

    private ChargingOrderView view(ChargingOrder o) {
        List<ChargingOrderLine> lines = o.getState() == OrderState.SETTLED && o.getId() != null
                ? em.createQuery("SELECT l FROM ChargingOrderLine l WHERE l.orderId = :o ORDER BY l.id", ChargingOrderLine.class)
                        .setParameter("o", o.getId()).getResultList()
                : List.of();
        return ChargingOrderView.of(o, users.phoneOf(o.getUserId()).orElse(null), lines);
    }

    private static BigDecimal power(RealTimeData data) {
        return data.outputVoltage().multiply(data.outputCurrent()).movePointLeft(3).setScale(3, RoundingMode.HALF_UP);
    }

    private static String describe(TransactionRecord r) {
        StringBuilder s = new StringBuilder("0x3B ").append(r.startTime()).append(" → ").append(r.endTime())
                .append(", ").append(r.totalEnergy()).append(" kWh, pile amount ").append(r.totalAmount())
                .append(", stop ").append(r.stopReason());
        for (RateType type : RateType.values()) {
            var usage = r.usage(io.chargeops.core.tariff.pricing.TouSchedule.ratePeriod(type));
            if (usage.energy().signum() > 0) {
                s.append(", ").append(type).append(' ').append(usage.energy()).append(" kWh");
            }
        }
        return s.toString();
    }

    static String key(String serial, String step) {
        return "order:" + serial + ":" + step;
    }
}
