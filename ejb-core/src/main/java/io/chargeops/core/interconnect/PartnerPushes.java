package io.chargeops.core.interconnect;

import io.chargeops.core.account.Garage;
import io.chargeops.core.charging.ChargingOrderView;
import io.chargeops.core.charging.ChargingService;
import io.chargeops.core.charging.OrderSettled;
import io.chargeops.core.charging.OrderState;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The client side's work: turns what happens to partners' charges into queued notifications (start result, charging
 * status every {@code charge_status_seconds}, stop result, order info after settlement) and delivers the outbox,
 * each push until the partner answers Ret 0 with a valid signature, retried with doubling backoff. A push is queued
 * in the same transaction that moves its charge on (or, for the order, in the settled event's delivery), and its
 * unique business key keeps it single however often its cause is seen.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PartnerPushes {

    private static final Logger LOG = Logger.getLogger(PartnerPushes.class.getName());
    private static final String ORDER_INFO = "notification_charge_order_info";
    static final String POWER = "notification_realtime_power_info";

    @EJB
    Partners partners;

    @EJB
    PartnerCharges charges;

    @EJB
    ChargingService charging;

    @EJB
    EvcsCatalog catalog;

    @EJB
    Garage garage;

    @EJB
    InterconnectGate gate;

    @Inject
    InterconnectSettings settings;

    @EJB
    CallLog callLog;

    Clock clock = Clock.systemUTC();
    private PartnerClient client;
    private final java.util.Map<Long, Long> powerSentAt = new java.util.concurrent.ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        client = new PartnerClient(settings.operatorId(), settings.zone(), settings.httpTimeout(), clock)
                .recordingTo((who, iface, ret, note, ms) -> callLog.record(who.id(), who.operatorId(), iface, "OUT", ret, note, ms, clock.instant()));
    }

    /** The settled event of any order: a partner's order gets its notification_charge_order_info queued once. */
    public void orderSettled(OrderSettled event) {
        governmentOrderInfo(event.orderNo());
        Optional<PartnerCharges.ChargeRef> charge = charges.byOrder(event.orderNo());
        if (charge.isEmpty()) {
            return;
        }
        PartnerCharges.ChargeRef c = charge.get();
        Optional<PartnerView> partner = partners.byId(c.partnerId());
        Optional<ChargingOrderView> order = charging.find(c.orderNo());
        if (partner.isEmpty() || order.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        PartnerCharges.NewPush push = partner.get().pushes("notification_charge_order_info")
                ? new PartnerCharges.NewPush(c.partnerId(), "notification_charge_order_info", c.startChargeSeq(),
                        EvcsPayloads.order(c.startChargeSeq(), c.connectorId(), order.get(), settings.zone()).toString())
                : null;
        // a partner charge whose stop result was never pushed (the pile ended it in one go) gets it first
        follow(c, partner.get(), order.get(), now);
        charges.orderSettled(c.orderNo(), push, now);
        LOG.info(() -> "Order " + c.orderNo() + " of partner " + partner.get().operatorId() + " (StartChargeSeq "
                + c.startChargeSeq() + ") settled: " + (push == null ? "order push switched off" : "order info queued"));
    }

    /**
     * Government profile: a supervision platform (role GOVERNMENT) with the order push on gets every settled order at
     * the stations it sees, whoever started it — StartChargeSeq is our order number, with OperatorID, StationID and
     * EquipmentID added, and VIN (the order's: a VIN start, or the pile's transaction record) with LicensePlate
     * (the user's vehicle with that VIN) when known. Queued once per order (business key the order number).
     */
    private void governmentOrderInfo(String orderNo) {
        List<PartnerView> supervisors = partners.pushingTo(ORDER_INFO).stream()
                .filter(p -> "GOVERNMENT".equals(p.role())).toList();
        if (supervisors.isEmpty()) {
            return;
        }
        Optional<ChargingOrderView> order = charging.find(orderNo);
        if (order.isEmpty()) {
            return;
        }
        ChargingOrderView o = order.get();
        var b = Json.createObjectBuilder(EvcsPayloads.order(orderNo, o.gunCode().trim(), o, settings.zone()))
                .add("OperatorID", settings.operatorId()).add("StationID", String.valueOf(o.stationId()))
                .add("EquipmentID", o.pileCode().trim());
        if (o.vin() != null) {
            // provincial "Sup*" names: VIN, and LicensePlate when a vehicle of the order's user has that VIN
            b.add("VIN", o.vin());
            garage.plateOf(o.userId(), o.vin()).ifPresent(plate -> b.add("LicensePlate", plate));
        }
        String payload = b.build().toString();
        for (PartnerView p : supervisors) {
            if (p.sees(o.stationId())) {
                charges.enqueue(new PartnerCharges.NewPush(p.id(), ORDER_INFO, orderNo, payload), clock.instant());
                LOG.info(() -> "Order " + orderNo + " queued for supervision platform " + p.operatorId());
            }
        }
    }

    /** One round: follow the partners' charges in progress, then deliver what is due. */
    public void tick() {
        Instant now = clock.instant();
        for (PartnerCharges.ChargeRef c : charges.inProgress(500)) {
            try {
                Optional<PartnerView> partner = partners.byId(c.partnerId());
                Optional<ChargingOrderView> order = charging.find(c.orderNo());
                if (partner.isPresent() && order.isPresent()) {
                    follow(c, partner.get(), order.get(), now);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "Partner charge " + c.startChargeSeq() + " not followed this round: " + e);
            }
        }
        try {
            realtimePower(now);
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "Real-time power not queued this round: " + e);
        }
        deliverDue(now);
    }

    /**
     * Government profile, provincial "real-time power" ({@code {"SupStationPowerInfos":[…]}}, switch {@value #POWER},
     * sent under the partner's {@code powerInterface} name): every {@code powerSeconds} (aligned to the clock) while guns
     * charge at the stations a supervision platform sees, the power of each station, pile and connector (kW, the piles'
     * last 0x13). Nothing is sent while nothing charges there.
     */
    private void realtimePower(Instant now) {
        List<PartnerView> supervisors = partners.pushingTo(POWER).stream().filter(p -> "GOVERNMENT".equals(p.role())).toList();
        if (supervisors.isEmpty()) {
            return;
        }
        List<ChargingOrderView> live = charging.list(OrderState.CHARGING, null, null, 1000);
        for (PartnerView p : supervisors) {
            // one push per interval, keyed by the interval's start: nodes ticking at once queue it once (outbox key)
            long slot = now.getEpochSecond() / p.powerSeconds() * p.powerSeconds();
            Long last = powerSentAt.get(p.id());
            if (last != null && last == slot) {
                continue;
            }
            java.util.Map<Long, java.util.Map<String, List<ChargingOrderView>>> byStation = live.stream()
                    .filter(o -> p.sees(o.stationId()))
                    .collect(java.util.stream.Collectors.groupingBy(ChargingOrderView::stationId, java.util.TreeMap::new,
                            java.util.stream.Collectors.groupingBy(o -> o.pileCode().trim(), java.util.TreeMap::new,
                                    java.util.stream.Collectors.toList())));
            if (byStation.isEmpty()) {
                continue;
            }
            String dataTime = EvcsPayloads.time(now, settings.zone());
            var stations = Json.createArrayBuilder();
            byStation.forEach((stationId, piles) -> {
                java.math.BigDecimal stationPower = java.math.BigDecimal.ZERO;
                var equipments = Json.createArrayBuilder();
                for (var pile : piles.entrySet()) {
                    java.math.BigDecimal pilePower = java.math.BigDecimal.ZERO;
                    var connectors = Json.createArrayBuilder();
                    for (ChargingOrderView o : pile.getValue()) {
                        java.math.BigDecimal kw = o.powerKw() == null ? java.math.BigDecimal.ZERO : o.powerKw();
                        pilePower = pilePower.add(kw);
                        connectors.add(Json.createObjectBuilder().add("ConnectorID", o.gunCode().trim())
                                .add("ConnectorRealTimePower", kw.setScale(2, java.math.RoundingMode.HALF_UP)));
                    }
                    stationPower = stationPower.add(pilePower);
                    equipments.add(Json.createObjectBuilder().add("EquipmentID", pile.getKey())
                            .add("EquipRealTimePower", pilePower.setScale(2, java.math.RoundingMode.HALF_UP))
                            .add("ConnectorPowerInfos", connectors));
                }
                stations.add(Json.createObjectBuilder().add("OperatorID", settings.operatorId())
                        .add("EquipmentOwnerID", settings.operatorId()).add("StationID", String.valueOf(stationId))
                        .add("DataTime", dataTime)
                        .add("StationRealTimePower", stationPower.setScale(2, java.math.RoundingMode.HALF_UP))
                        .add("EquipmentPowerInfos", equipments));
            });
            String payload = Json.createObjectBuilder().add("SupStationPowerInfos", stations).build().toString();
            charges.enqueue(new PartnerCharges.NewPush(p.id(), POWER, "power@" + slot, payload), now);
            powerSentAt.put(p.id(), slot);
        }
    }

    public void purge() {
        gate.purge(settings.replayWindow(), clock.instant());
    }

    private void follow(PartnerCharges.ChargeRef c, PartnerView p, ChargingOrderView o, Instant now) {
        OrderState state = o.state();
        PartnerCharge.Stage stage = c.stage();
        try {
            if (stage == PartnerCharge.Stage.NEW && state != OrderState.STARTING) {
                boolean started = state != OrderState.FAILED;
                var b = Json.createObjectBuilder().add("StartChargeSeq", c.startChargeSeq())
                        .add("StartChargeSeqStat", started ? EvcsPayloads.seqStat(state) : 4)
                        .add("ConnectorID", c.connectorId())
                        .add("StartTime", EvcsPayloads.time(o.startedAt() != null ? o.startedAt() : o.createdAt(), settings.zone()));
                if (!started) {
                    // not in the 2016 text: a failed start says so (SuccStat/FailReason as the sync answer's codes)
                    b.add("SuccStat", 1).add("FailReason", 2);
                }
                PartnerCharges.NewPush push = p.pushes("notification_start_charge_result")
                        ? new PartnerCharges.NewPush(p.id(), "notification_start_charge_result", c.startChargeSeq(), b.build().toString())
                        : null;
                charges.advance(c.id(), stage, started ? PartnerCharge.Stage.STARTED : PartnerCharge.Stage.STOPPED,
                        now.plusSeconds(p.chargeStatusSeconds()), push, now);
                stage = started ? PartnerCharge.Stage.STARTED : PartnerCharge.Stage.STOPPED;
                if (state == OrderState.CHARGING && p.pushes("notification_equip_charge_status")) {
                    statusPush(c, p, o, now);
                }
            }
            if (stage == PartnerCharge.Stage.STARTED) {
                boolean ended = state == OrderState.SETTLED || state == OrderState.ABNORMAL
                        || state == OrderState.STOPPING && o.stoppedAt() != null;
                if (ended) {
                    var b = Json.createObjectBuilder().add("StartChargeSeq", c.startChargeSeq())
                            .add("StartChargeSeqStat", 4).add("ConnectorID", c.connectorId())
                            .add("SuccStat", 0).add("FailReason", 0);
                    PartnerCharges.NewPush push = p.pushes("notification_stop_charge_result")
                            ? new PartnerCharges.NewPush(p.id(), "notification_stop_charge_result", c.startChargeSeq(), b.build().toString())
                            : null;
                    charges.advance(c.id(), stage, PartnerCharge.Stage.STOPPED, null, push, now);
                } else if (state == OrderState.CHARGING && c.nextStatusAt() != null && !c.nextStatusAt().isAfter(now)
                        && p.pushes("notification_equip_charge_status")) {
                    statusPush(c, p, o, now);
                }
            }
        } catch (OptimisticLockException | jakarta.ejb.EJBException e) {
            LOG.fine(() -> "Partner charge " + c.startChargeSeq() + " moved on elsewhere: " + e);
        }
    }

    private void statusPush(PartnerCharges.ChargeRef c, PartnerView p, ChargingOrderView o, Instant now) {
        int connector = catalog.connector(p, c.connectorId()).map(EvcsCatalog.SharedConnector::status).orElse(0);
        String payload = EvcsPayloads.snapshot(c.startChargeSeq(), c.connectorId(), o, connector, now, settings.zone()).toString();
        charges.statusPushed(c.id(), now.plusSeconds(p.chargeStatusSeconds()),
                new PartnerCharges.NewPush(p.id(), "notification_equip_charge_status", c.startChargeSeq() + ":" + now.getEpochSecond(),
                        payload), now);
    }

    private void deliverDue(Instant now) {
        for (Long id : charges.due(now, 100)) {
            Optional<PartnerCharges.PushView> claimed;
            try {
                claimed = charges.claim(id, now, now.plus(settings.httpTimeout().multipliedBy(3)));
            } catch (RuntimeException e) {
                continue; // another node took it
            }
            if (claimed.isEmpty()) {
                continue;
            }
            PartnerCharges.PushView push = claimed.get();
            Optional<PartnerView> partner = partners.byId(push.partnerId());
            if (partner.isEmpty() || !partner.get().pushes(push.interfaceName())) {
                charges.failed(id, "partner push switched off or partner unreachable by configuration", later(push.attempts()), settings.maxAttempts());
                continue;
            }
            try {
                // queued under the switch's name; called by the name the partner gives it (real-time power differs by province)
                PartnerClient.Answer answer = client.call(partner.get(), partner.get().wireName(push.interfaceName()), push.payload());
                if (answer.ret() == 0) {
                    charges.delivered(id, note(push.interfaceName(), answer.data()), clock.instant());
                    LOG.info(() -> push.interfaceName() + " " + push.businessKey() + " delivered to " + partner.get().operatorId()
                            + " (attempt " + push.attempts() + ")");
                } else {
                    charges.failed(id, "Ret " + answer.ret() + " " + answer.msg(), later(push.attempts()), settings.maxAttempts());
                }
            } catch (IOException | RuntimeException e) {
                charges.failed(id, e.getMessage(), later(push.attempts()), settings.maxAttempts());
                LOG.info(() -> push.interfaceName() + " " + push.businessKey() + " to " + partner.get().operatorId()
                        + " not delivered (attempt " + push.attempts() + "): " + e.getMessage());
            }
        }
    }

    /** After attempt n: retry × 2^(n-1), at most max-retry. */
    private Instant later(int attempts) {
        Duration base = settings.retry();
        long factor = 1L << Math.min(20, Math.max(0, attempts - 1));
        Duration d = base.multipliedBy(factor);
        return clock.instant().plus(d.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : d);
    }

    /** What the partner's answer said beyond Ret 0, kept on the push (e.g. ConfirmResult 1 争议交易). */
    private static String note(String iface, String data) {
        if (data == null || !"notification_charge_order_info".equals(iface)) {
            return null;
        }
        try {
            int confirm = CecData.parse(data).integer("ConfirmResult", 0, 0, 99);
            return confirm == 0 ? null : "ConfirmResult " + confirm;
        } catch (CecException e) {
            return null;
        }
    }
}
