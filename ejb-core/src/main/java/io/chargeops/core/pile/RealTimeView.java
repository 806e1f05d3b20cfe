package io.chargeops.core.pile;

import java.math.BigDecimal;
import java.util.List;

/** A gun's real-time data (0x13) as read on request (0x12). */
public record RealTimeView(int gunNo, String status, boolean plugged, String homed, BigDecimal outputVoltage,
                           BigDecimal outputCurrent, int gunTemperature, int soc, int chargingMinutes,
                           int remainingMinutes, BigDecimal energyKwh, BigDecimal amount, String transactionSerial,
                           List<String> faults) {
}
