package io.chargeops.core.charging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A charging order as the API and console show it; {@code orderNo} is the transaction serial; {@code vin} the vehicle's
 * (a VIN start, or the VIN the pile's transaction record carried), else null.
 */
public record ChargingOrderView(String orderNo, OrderState state, Long userId, String userPhone, Long walletId,
        String gunCode, String pileCode, int gunNo, Long stationId, Long merchantId, StartChannel startChannel,
        String startedBy, String transactionSerial, BigDecimal prepayAmount, Instant createdAt, Instant startedAt,
        Instant stopRequestedAt, String stopRequestedBy, Instant stoppedAt, Instant settledAt, BigDecimal energyKwh,
        BigDecimal amount, Integer soc, BigDecimal voltage, BigDecimal current, BigDecimal powerKw,
        Integer chargingMinutes, Integer remainingMinutes, Instant liveAt, Integer stopReasonCode, String stopReason,
        String failureReason, String abnormalReason, Settlement settlement, int confirmations, String vin) {

    /** The bill of a settled order. */
    public record Settlement(BigDecimal electricityAmount, BigDecimal serviceAmount, BigDecimal discountAmount,
            BigDecimal totalAmount, BigDecimal payableAmount, BigDecimal paidAmount, BigDecimal arrearsAmount,
            List<Line> lines, BigDecimal pileTotalAmount, String pileCheck, String pileCheckDetail,
            LocalDateTime pileStartTime, LocalDateTime pileEndTime, BigDecimal meterStart, BigDecimal meterStop,
            Long tariffVersionId, String settledBy, String note) {
    }

    /** The fee of one TOU rate type. */
    public record Line(String rateType, BigDecimal energyKwh, BigDecimal electricityPrice, BigDecimal servicePrice,
            BigDecimal electricityAmount, BigDecimal serviceAmount, BigDecimal pileUnitPrice, BigDecimal pileAmount) {
    }

    static ChargingOrderView of(ChargingOrder o, String userPhone, List<ChargingOrderLine> lines) {
        Settlement settlement = o.getState() == OrderState.SETTLED
                ? new Settlement(o.getElectricityAmount(), o.getServiceAmount(), o.getDiscountAmount(),
                        o.getTotalAmount(), o.getPayableAmount(), o.getPaidAmount(), o.getArrearsAmount(),
                        lines.stream().map(l -> new Line(l.getRateType().name(), l.getEnergyKwh(),
                                l.getElectricityPrice(), l.getServicePrice(), l.getElectricityAmount(),
                                l.getServiceAmount(), l.getPileUnitPrice(), l.getPileAmount())).toList(),
                        o.getPileTotalAmount(), o.getPileCheck(), o.getPileCheckDetail(), o.getPileStartTime(),
                        o.getPileEndTime(), o.getMeterStart(), o.getMeterStop(), o.getTariffVersionId(),
                        o.getSettledBy(), o.getSettlementNote())
                : null;
        return new ChargingOrderView(o.getTransactionSerial(), o.getState(), o.getUserId(), userPhone, o.getWalletId(),
                o.getGunCode(), o.getPileCode(), o.getGunNo(), o.getStationId(), o.getMerchantId(), o.getStartChannel(),
                o.getStartedBy(), o.getTransactionSerial(), o.getPrepayAmount(), o.getCreatedAt(), o.getStartedAt(),
                o.getStopRequestedAt(), o.getStopRequestedBy(), o.getStoppedAt(), o.getSettledAt(), o.getEnergyKwh(),
                o.getLiveAmount(), o.getSoc(), o.getVoltage(), o.getCurrent(), o.getPowerKw(), o.getChargingMinutes(),
                o.getRemainingMinutes(), o.getLiveAt(), o.getStopReasonCode(), o.getStopReason(), o.getFailureReason(),
                o.getAbnormalReason(), settlement, o.getConfirmations(), o.getVin());
    }
}
