package io.chargeops.pile.simulator.load;

import io.chargeops.pile.protocol.ykc.message.PeriodUsage;
import io.chargeops.pile.protocol.ykc.message.RealTimeData;
import io.chargeops.pile.protocol.ykc.message.TransactionRecord;
import io.chargeops.pile.protocol.ykc.types.GunHomed;
import io.chargeops.pile.protocol.ykc.types.GunStatus;
import io.chargeops.pile.protocol.ykc.types.PhysicalCardNo;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.StopReason;
import io.chargeops.pile.protocol.ykc.types.TradeFlag;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Frames for the harness's tests, shaped as the simulator builds them. */
final class TestRecords {
    private static final BigDecimal ZERO4 = new BigDecimal("0.0000");

    private TestRecords() {
    }

    static TransactionRecord record(PileCode pile, int gun, String serial) {
        PeriodUsage none = new PeriodUsage(new BigDecimal("1.00000"), ZERO4, ZERO4, ZERO4);
        PeriodUsage flat = new PeriodUsage(new BigDecimal("1.00000"), new BigDecimal("2.0000"),
                new BigDecimal("2.0000"), new BigDecimal("2.0000"));
        LocalDateTime start = LocalDateTime.of(2026, 11, 23, 10, 0);
        return new TransactionRecord(TransactionSerial.of(serial), pile, gun, start, start.plusMinutes(5), none, none,
                flat, none, new BigDecimal("1000.0000"), new BigDecimal("1002.0000"), new BigDecimal("2.0000"),
                new BigDecimal("2.0000"), new BigDecimal("2.0000"), "", TradeFlag.CARD, start.plusMinutes(5),
                StopReason.MANUAL_STOP, PhysicalCardNo.of("3201990000000101"));
    }

    static RealTimeData realTime(PileCode pile, int gun) {
        return new RealTimeData(TransactionSerial.NONE, pile, gun, GunStatus.IDLE, GunHomed.NO, true,
                new BigDecimal("0.0"), new BigDecimal("0.0"), -50, "0".repeat(16), 0, -50, 0, 0, ZERO4, ZERO4, ZERO4,
                0);
    }
}
