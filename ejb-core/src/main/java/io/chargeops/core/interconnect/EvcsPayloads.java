package io.chargeops.core.interconnect;

import io.chargeops.core.charging.ChargingOrderView;
import io.chargeops.core.charging.OrderState;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The charging structures of T/CEC 102.3 built from our charging orders (the snapshot of §6.7, the order of §6.11). */
final class EvcsPayloads {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private EvcsPayloads() {
    }

    /** StartChargeSeqStat: 1 启动中, 2 充电中, 3 停止中, 4 已结束, 5 未知. */
    static int seqStat(OrderState state) {
        return switch (state) {
            case STARTING -> 1;
            case CHARGING -> 2;
            case STOPPING -> 3;
            case SETTLED, FAILED, ABNORMAL -> 4;
        };
    }

    /** The charging snapshot (query_equip_charge_status answer = notification_equip_charge_status request). */
    static JsonObject snapshot(String seq, String connectorId, ChargingOrderView o, int connectorStatus, Instant now, ZoneId zone) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("StartChargeSeq", seq)
                .add("StartChargeSeqStat", seqStat(o.state()))
                .add("ConnectorID", connectorId)
                .add("ConnectorStatus", o.state() == OrderState.CHARGING ? 3 : Math.max(1, connectorStatus == 0 ? 1 : connectorStatus))
                .add("CurrentA", dec(o.current(), 1))
                .add("VoltageA", dec(o.voltage(), 1))
                .add("Soc", o.soc() == null ? 0 : o.soc())
                .add("StartTime", time(o.startedAt() != null ? o.startedAt() : o.createdAt(), zone))
                .add("EndTime", time(o.liveAt() != null ? o.liveAt() : now, zone))
                .add("TotalPower", dec(o.energyKwh(), 2));
        ChargingOrderView.Settlement s = o.settlement();
        if (s != null) {
            b.add("ElecMoney", CecData.money(s.electricityAmount())).add("SeviceMoney", CecData.money(s.serviceAmount()))
                    .add("TotalMoney", CecData.money(s.payableAmount()));
            details(b, o, zone);
        } else {
            if (o.amount() != null) {
                b.add("TotalMoney", CecData.money(o.amount()));
            }
            b.add("SumPeriod", 0).add("ChargeDetails", Json.createArrayBuilder());
        }
        return b.build();
    }

    /** notification_charge_order_info's order (§6.11), from a settled order. */
    static JsonObject order(String seq, String connectorId, ChargingOrderView o, ZoneId zone) {
        ChargingOrderView.Settlement s = o.settlement();
        Instant start = o.startedAt() != null ? o.startedAt() : o.createdAt();
        Instant end = o.stoppedAt() != null ? o.stoppedAt() : o.settledAt();
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("StartChargeSeq", seq)
                .add("ConnectorID", connectorId)
                .add("StartTime", s != null && s.pileStartTime() != null ? s.pileStartTime().format(TIME) : time(start, zone))
                .add("EndTime", s != null && s.pileEndTime() != null ? s.pileEndTime().format(TIME) : time(end, zone))
                .add("TotalPower", dec(o.energyKwh(), 2))
                .add("TotalElecMoney", CecData.money(s == null ? null : s.electricityAmount()))
                .add("TotalSeviceMoney", CecData.money(s == null ? null : s.serviceAmount()))
                .add("TotalMoney", CecData.money(s == null ? null : s.payableAmount()))
                .add("StopReason", stopReason(o));
        details(b, o, zone);
        return b.build();
    }

    /** 0 用户手动停止 (app/console), 1 客户归属地运营商平台停止 (the partner), 2 BMS/桩结束 (the pile ended it). */
    static int stopReason(ChargingOrderView o) {
        String by = o.stopRequestedBy();
        if (by == null || by.startsWith("system")) {
            return 2;
        }
        return by.startsWith("partner:") ? 1 : 0;
    }

    /**
     * ChargeDetails: one per TOU rate type billed (尖峰平谷), since settlement bills per rate type; each carries the
     * session's start and end as its DetailStartTime/DetailEndTime (README: deviations).
     */
    private static void details(JsonObjectBuilder b, ChargingOrderView o, ZoneId zone) {
        ChargingOrderView.Settlement s = o.settlement();
        JsonArrayBuilder details = Json.createArrayBuilder();
        int n = 0;
        if (s != null) {
            String from = s.pileStartTime() != null ? s.pileStartTime().format(TIME) : time(o.startedAt(), zone);
            String to = s.pileEndTime() != null ? s.pileEndTime().format(TIME) : time(o.stoppedAt() != null ? o.stoppedAt() : o.settledAt(), zone);
            for (ChargingOrderView.Line l : s.lines()) {
                if (l.energyKwh() == null || l.energyKwh().signum() == 0) {
                    continue;
                }
                details.add(Json.createObjectBuilder().add("DetailStartTime", from).add("DetailEndTime", to)
                        .add("ElecPrice", CecData.price(l.electricityPrice())).add("SevicePrice", CecData.price(l.servicePrice()))
                        .add("DetailPower", dec(l.energyKwh(), 2)).add("DetailElecMoney", CecData.money(l.electricityAmount()))
                        .add("DetailSeviceMoney", CecData.money(l.serviceAmount())));
                n++;
            }
        }
        b.add("SumPeriod", n).add("ChargeDetails", details);
    }

    static String time(Instant at, ZoneId zone) {
        return at == null ? "" : LocalDateTime.ofInstant(at, zone).format(TIME);
    }

    static BigDecimal dec(BigDecimal v, int scale) {
        return (v == null ? BigDecimal.ZERO : v).setScale(scale, java.math.RoundingMode.HALF_UP);
    }
}
