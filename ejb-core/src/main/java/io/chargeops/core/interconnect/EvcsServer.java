package io.chargeops.core.interconnect;

import io.chargeops.core.RefusedException;
import io.chargeops.core.charging.ChargingOrderView;
import io.chargeops.core.charging.ChargingService;
import io.chargeops.core.charging.OrderState;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server side of T/CEC 102 (we are the operator, 设备归属运营商): one call per request, answered with a response
 * envelope whatever happens. Checks in the order the notes recommend — envelope (4003), known OperatorID (4003),
 * signature (4001), Bearer token except for query_token (4002), TimeStamp window and replay of (OperatorID,
 * TimeStamp, Seq) (4003), Data decrypts (4003), business parameters (4004) — and only then does anything. Errors to
 * a known partner are signed with its keys; a fault is Ret 500 (never an HTTP 500), contention Ret -1.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EvcsServer {

    private static final Logger LOG = Logger.getLogger(EvcsServer.class.getName());
    private static final int MAX_BODY = 1 << 20;

    /** The interfaces this side answers. */
    public static final Set<String> INTERFACES = Set.of("query_token", "query_stations_info", "query_station_status",
            "query_station_stats", "query_equip_business_policy", "query_equip_auth", "query_start_charge",
            "query_equip_charge_status", "query_stop_charge", "check_charge_orders");

    @EJB
    Partners partners;

    @EJB
    InterconnectGate gate;

    @EJB
    EvcsCatalog catalog;

    @EJB
    PartnerCharges charges;

    @EJB
    ChargingService charging;

    @Inject
    InterconnectSettings settings;

    @EJB
    CallLog calls;

    Clock clock = Clock.systemUTC();

    /** Answers one request: the response envelope as JSON (always HTTP 200); the call is logged (never its Data). */
    public String handle(String iface, String body, String authorization) {
        long started = System.nanoTime();
        String answer = answer(iface, body, authorization);
        try {
            String operatorId = null;
            try {
                operatorId = CecRequest.parse(body).operatorId();
            } catch (RuntimeException e) {
                // not an envelope: logged without an operator
            }
            Long partnerId = operatorId == null ? null : partners.byOperatorId(operatorId).map(PartnerView::id).orElse(null);
            CecResponse r = CecResponse.parse(answer);
            calls.record(partnerId, operatorId, iface, "IN", r.ret(), r.ret() == 0 ? null : r.msg(),
                    (System.nanoTime() - started) / 1_000_000, clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "T/CEC " + iface + " not logged: " + e);
        }
        return answer;
    }

    private String answer(String iface, String body, String authorization) {
        PartnerView partner = null;
        try {
            if (body != null && body.length() > MAX_BODY) {
                return CecResponse.unsigned(CecRet.INVALID_ENVELOPE, "消息主体过大").toJson();
            }
            CecRequest request = CecRequest.parse(body);
            Optional<PartnerView> known = partners.byOperatorId(request.operatorId());
            if (known.isEmpty()) {
                return CecResponse.unsigned(CecRet.INVALID_ENVELOPE, "无此运营商: " + request.operatorId()).toJson();
            }
            partner = known.get();
            CecKeys keys = partner.inKeys();
            if (!request.signedWith(keys)) {
                return error(CecRet.SIGNATURE, "签名错误", partner);
            }
            if (!partner.active()) {
                return error(CecRet.INVALID_ENVELOPE, "运营商已停用", partner);
            }
            Instant now = clock.instant();
            if (!"query_token".equals(iface)) {
                String token = bearer(authorization);
                Optional<Long> owner = gate.partnerOf(token, now);
                if (owner.isEmpty() || !owner.get().equals(partner.id())) {
                    return error(CecRet.TOKEN, token == null ? "缺少Token (Authorization: Bearer)" : "Token无效或已过期", partner);
                }
            }
            Instant sent = timeStamp(request.timeStamp());
            if (sent == null || Duration.between(sent, now).abs().compareTo(settings.replayWindow()) > 0) {
                return error(CecRet.INVALID_ENVELOPE, "TimeStamp不在允许的时间窗内", partner);
            }
            if (!gate.firstSeen(request.operatorId(), request.timeStamp(), request.seq(), now)) {
                return error(CecRet.INVALID_ENVELOPE, "重复的请求: TimeStamp+Seq已使用", partner);
            }
            CecData data = CecData.parse(request.open(keys));
            JsonObject result = dispatch(iface, partner, data, now);
            return CecResponse.seal(CecRet.OK, "", CecData.spelled(result.toString(), keys), keys).toJson();
        } catch (CecException e) {
            return error(e.ret(), e.getMessage(), partner);
        } catch (RefusedException e) {
            if (e.kind() == RefusedException.Kind.BUSY) {
                return error(CecRet.BUSY, CecRet.BUSY.message(), partner);
            }
            return error(CecRet.INVALID_BUSINESS, e.getMessage(), partner);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "T/CEC " + iface + " from " + (partner == null ? "?" : partner.operatorId()) + " failed: " + e, e);
            return error(CecRet.SYSTEM, CecRet.SYSTEM.message(), partner);
        }
    }

    private JsonObject dispatch(String iface, PartnerView p, CecData d, Instant now) {
        return switch (iface) {
            case "query_token" -> token(p, d, now);
            case "query_stations_info" -> catalog.stationsInfo(p, lastQueryTime(d), d.integer("PageNo", 1, 1, 1_000_000),
                    d.integer("PageSize", 10, 1, 100));
            case "query_station_status" -> catalog.stationStatus(p, d.texts("StationIDs", 50));
            case "query_station_stats" -> stats(p, d);
            case "query_equip_business_policy" -> policy(p, d, now);
            case "query_equip_auth" -> auth(p, d);
            case "query_start_charge" -> start(p, d, now);
            case "query_equip_charge_status" -> status(p, d, now);
            case "query_stop_charge" -> stop(p, d, now);
            case "check_charge_orders" -> check(p, d);
            default -> throw new CecException(CecRet.INVALID_ENVELOPE, "接口不存在: " + iface);
        };
    }

    // ---- interfaces ------------------------------------------------------------------------------------------------

    private JsonObject token(PartnerView p, CecData d, Instant now) {
        String operatorId = d.text("OperatorID", true, 32);
        String secret = d.text("OperatorSecret", true, 128);
        int fail = !operatorId.equals(p.operatorId()) ? 1
                : MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                        p.inKeys().operatorSecret().getBytes(StandardCharsets.UTF_8)) ? 0 : 2;
        JsonObjectBuilder b = Json.createObjectBuilder().add("OperatorID", operatorId);
        if (fail != 0) {
            return b.add("SuccStat", 1).add("AccessToken", "").add("TokenAvailableTime", 0).add("FailReason", fail).build();
        }
        InterconnectGate.IssuedToken t = gate.issue(p.id(), p.tokenTtlSeconds(), now);
        return b.add("SuccStat", 0).add("AccessToken", t.token()).add("TokenAvailableTime", t.availableSeconds())
                .add("FailReason", 0).build();
    }

    private JsonObject stats(PartnerView p, CecData d) {
        String station = d.text("StationID", true, 20);
        LocalDate start = date(d.text("StartTime", true, 10), "StartTime");
        LocalDate end = date(d.text("EndTime", true, 10), "EndTime");
        if (end.isBefore(start) || start.plusDays(366).isBefore(end)) {
            throw new CecException(CecRet.INVALID_BUSINESS, "EndTime须不早于StartTime且跨度不超过366天");
        }
        return catalog.stationStats(p, station, start, end);
    }

    private JsonObject policy(PartnerView p, CecData d, Instant now) {
        String seq = d.text("EquipBizSeq", true, 64);
        String connectorId = connectorId(d.text("ConnectorID", true, 128));
        JsonObjectBuilder b = Json.createObjectBuilder().add("EquipBizSeq", seq).add("ConnectorID", connectorId);
        Optional<List<EvcsCatalog.Period>> periods = catalog.connector(p, connectorId).flatMap(c -> catalog.policy(c, now));
        if (periods.isEmpty()) {
            return b.add("SuccStat", 1).add("FailReason", 1).add("SumPeriod", 0).add("PolicyInfos", Json.createArrayBuilder()).build();
        }
        JsonArrayBuilder infos = Json.createArrayBuilder();
        DateTimeFormatter hhmmss = DateTimeFormatter.ofPattern("HHmmss");
        for (EvcsCatalog.Period period : periods.get()) {
            infos.add(Json.createObjectBuilder().add("StartTime", period.start().format(hhmmss))
                    .add("ElecPrice", CecData.price(period.electricityPrice()))
                    .add("SevicePrice", CecData.price(period.servicePrice())));
        }
        return b.add("SuccStat", 0).add("FailReason", 0).add("SumPeriod", periods.get().size()).add("PolicyInfos", infos).build();
    }

    private JsonObject auth(PartnerView p, CecData d) {
        String seq = d.text("EquipAuthSeq", true, 64);
        String connectorId = connectorId(d.text("ConnectorID", true, 128));
        Optional<EvcsCatalog.SharedConnector> c = catalog.connector(p, connectorId);
        // FailReason: 1 此设备尚未插枪, 2 设备检测失败, 3 (ours) 设备不存在或离线, 4 (ours) 设备正在充电
        int fail = c.isEmpty() ? 3 : switch (c.get().status()) {
            case 2 -> 0;
            case 1 -> 1;
            case 3 -> 4;
            case 255 -> 2;
            default -> 3;
        };
        return Json.createObjectBuilder().add("EquipAuthSeq", seq).add("ConnectorID", connectorId)
                .add("SuccStat", fail == 0 ? 0 : 1).add("FailReason", fail).build();
    }

    private JsonObject start(PartnerView p, CecData d, Instant now) {
        String seq = d.text("StartChargeSeq", true, 64);
        String connectorId = connectorId(d.text("ConnectorID", true, 128));
        d.text("QRCode", false, 512);
        JsonObjectBuilder b = Json.createObjectBuilder().add("StartChargeSeq", seq);
        Optional<PartnerCharges.ChargeRef> existing = charges.bySeq(p.id(), seq);
        if (existing.isPresent()) {
            // the same StartChargeSeq again (a retry): the charge it started, never a second one
            OrderState state = charging.find(existing.get().orderNo()).map(ChargingOrderView::state).orElse(OrderState.FAILED);
            return b.add("StartChargeSeqStat", EvcsPayloads.seqStat(state)).add("ConnectorID", existing.get().connectorId())
                    .add("SuccStat", 0).add("FailReason", 0).build();
        }
        b.add("ConnectorID", connectorId);
        Optional<EvcsCatalog.SharedConnector> c = catalog.connector(p, connectorId);
        if (c.isEmpty()) {
            return refusedStart(b, 1);
        }
        if (c.get().status() == 0) {
            return refusedStart(b, 2);
        }
        ChargingOrderView order;
        try {
            order = charging.startForPartner(new ChargingService.PartnerStartRequest(p.billingUserId(), p.billingWalletId(),
                    connectorId, p.prepayAmount(), seq, "partner:" + p.operatorId()));
        } catch (RefusedException e) {
            if (e.kind() == RefusedException.Kind.BUSY) {
                throw e;
            }
            // 1 此设备不存在, 2 此设备离线, 3-99 ours: 3 设备故障, 4 设备占用, 5 无可用电价, 6 渠道账户余额不足, 9 其他
            return refusedStart(b, switch (e.code()) {
                case "unknown-gun", "invalid-gun-code" -> 1;
                case "gun-offline" -> 2;
                case "gun-faulted" -> 3;
                case "gun-busy" -> 4;
                case "no-tariff" -> 5;
                case "insufficient-balance" -> 6;
                default -> 9;
            });
        }
        charges.record(p.id(), seq, order.orderNo(), connectorId, now);
        return b.add("StartChargeSeqStat", 1).add("SuccStat", 0).add("FailReason", 0).build();
    }

    private static JsonObject refusedStart(JsonObjectBuilder b, int reason) {
        return b.add("StartChargeSeqStat", 4).add("SuccStat", 1).add("FailReason", reason).build();
    }

    private JsonObject status(PartnerView p, CecData d, Instant now) {
        String seq = d.text("StartChargeSeq", true, 64);
        PartnerCharges.ChargeRef c = charges.bySeq(p.id(), seq)
                .orElseThrow(() -> new CecException(CecRet.INVALID_BUSINESS, "StartChargeSeq不存在: " + seq));
        ChargingOrderView o = charging.find(c.orderNo())
                .orElseThrow(() -> new CecException(CecRet.INVALID_BUSINESS, "StartChargeSeq不存在: " + seq));
        int connector = catalog.connector(p, c.connectorId()).map(EvcsCatalog.SharedConnector::status).orElse(0);
        return EvcsPayloads.snapshot(seq, c.connectorId(), o, connector, now, settings.zone());
    }

    private JsonObject stop(PartnerView p, CecData d, Instant now) {
        String seq = d.text("StartChargeSeq", true, 64);
        d.text("ConnectorID", true, 128);
        JsonObjectBuilder b = Json.createObjectBuilder().add("StartChargeSeq", seq);
        Optional<PartnerCharges.ChargeRef> c = charges.bySeq(p.id(), seq);
        Optional<ChargingOrderView> o = c.flatMap(x -> charging.find(x.orderNo()));
        if (o.isEmpty()) {
            // FailReason 4 (ours): 订单不存在
            return b.add("StartChargeSeqStat", 5).add("SuccStat", 1).add("FailReason", 4).build();
        }
        OrderState state = o.get().state();
        if (state == OrderState.STOPPING) {
            return b.add("StartChargeSeqStat", 3).add("SuccStat", 0).add("FailReason", 0).build(); // asked twice
        }
        if (state != OrderState.CHARGING && state != OrderState.STARTING) {
            return b.add("StartChargeSeqStat", 4).add("SuccStat", 1).add("FailReason", 3).build();
        }
        charges.stopRequested(c.get().id(), now);
        try {
            ChargingOrderView stopped = charging.stop(o.get().orderNo(), "partner:" + p.operatorId());
            return b.add("StartChargeSeqStat", EvcsPayloads.seqStat(stopped.state())).add("SuccStat", 0).add("FailReason", 0).build();
        } catch (RefusedException e) {
            if (e.kind() == RefusedException.Kind.BUSY) {
                throw e;
            }
            return b.add("StartChargeSeqStat", 4).add("SuccStat", 1).add("FailReason", 3).build();
        }
    }

    /**
     * Reconciliation (推送订单对账结果): the partner lists its orders of a period; we answer the disputed ones
     * (1 交易不存在, 2 交易金额错误, 3 交易电量错误).
     */
    private JsonObject check(PartnerView p, CecData d) {
        String seq = d.text("CheckOrderSeq", true, 64);
        String start = d.text("StartTime", true, 19);
        String end = d.text("EndTime", true, 19);
        List<CecData> orders = d.objects("ChargeOrders", true);
        if (orders.size() > 5000) {
            throw new CecException(CecRet.INVALID_BUSINESS, "ChargeOrders 最多 5000 条");
        }
        int disputes = 0;
        BigDecimal disputedPower = BigDecimal.ZERO;
        BigDecimal disputedMoney = BigDecimal.ZERO;
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (CecData item : orders) {
            String s = item.text("StartChargeSeq", true, 64);
            BigDecimal power = item.decimal("TotalPower", true);
            BigDecimal money = item.decimal("TotalMoney", true);
            Optional<ChargingOrderView> o = charges.bySeq(p.id(), s).flatMap(c -> charging.find(c.orderNo()))
                    .filter(x -> x.state() == OrderState.SETTLED);
            int reason = o.isEmpty() ? 1
                    : CecData.money(o.get().settlement().payableAmount()).compareTo(money.setScale(2, RoundingMode.HALF_UP)) != 0 ? 2
                    : EvcsPayloads.dec(o.get().energyKwh(), 2).compareTo(power.setScale(2, RoundingMode.HALF_UP)) != 0 ? 3 : 0;
            if (reason != 0) {
                disputes++;
                disputedPower = disputedPower.add(power);
                disputedMoney = disputedMoney.add(money);
                list.add(Json.createObjectBuilder().add("StartChargeSeq", s).add("TotalPower", EvcsPayloads.dec(power, 2))
                        .add("TotalMoney", CecData.money(money)).add("DisputeReason", reason));
            }
        }
        return Json.createObjectBuilder().add("CheckOrderSeq", seq).add("StartTime", start).add("EndTime", end)
                .add("TotalDisputeOrder", disputes).add("TotalDisputePower", EvcsPayloads.dec(disputedPower, 2))
                .add("TotalDisputeMoney", CecData.money(disputedMoney)).add("DisputeOrders", list).build();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private String error(CecRet ret, String msg, PartnerView partner) {
        if (partner == null) {
            return CecResponse.unsigned(ret, msg).toJson();
        }
        return CecResponse.seal(ret, msg, null, partner.inKeys()).toJson();
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String t = authorization.substring(7).trim();
        return t.isEmpty() ? null : t;
    }

    /** The request's TimeStamp as an instant of our zone; null when it is not a date. */
    private Instant timeStamp(String ts) {
        String pattern = switch (ts.length()) {
            case 12 -> "yyyyMMddHHmm";
            case 17 -> "yyyyMMddHHmmssSSS";
            default -> "yyyyMMddHHmmss";
        };
        try {
            return LocalDateTime.parse(ts, DateTimeFormatter.ofPattern(pattern)).atZone(settings.zone()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Instant lastQueryTime(CecData d) {
        String t = d.text("LastQueryTime", false, 19);
        if (t == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(t, EvcsPayloads.TIME).atZone(settings.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new CecException(CecRet.INVALID_BUSINESS, "LastQueryTime格式应为yyyy-MM-dd HH:mm:ss");
        }
    }

    private static LocalDate date(String s, String name) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new CecException(CecRet.INVALID_BUSINESS, name + "格式应为yyyy-MM-dd");
        }
    }

    /** A ConnectorID, or the raw QR content {@code hlht://{ConnectorID}.{OperatorID}/…} some partners send instead. */
    static String connectorId(String raw) {
        if (raw.startsWith("hlht://")) {
            String rest = raw.substring(7);
            int dot = rest.indexOf('.');
            return dot > 0 ? rest.substring(0, dot) : rest;
        }
        return raw;
    }
}
