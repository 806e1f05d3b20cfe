package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.ascii;
import static io.chargeops.pile.protocol.ykc.wire.Fields.openCode;
import static io.chargeops.pile.protocol.ykc.wire.Fields.scaled;
import static io.chargeops.pile.protocol.ykc.wire.Fields.time;

import io.chargeops.pile.protocol.ykc.types.PhysicalCardNo;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.RatePeriod;
import io.chargeops.pile.protocol.ykc.types.StopReason;
import io.chargeops.pile.protocol.ykc.types.TradeFlag;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;
import io.chargeops.pile.protocol.ykc.wire.Fields;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Transaction record (0x3B), the bill of one session with the energy split over the four tariff periods. Resent until confirmed with 0x40. */
public record TransactionRecord(
        TransactionSerial serial,
        PileCode pileCode,
        int gunNo,
        LocalDateTime startTime,
        LocalDateTime endTime,
        PeriodUsage sharp,
        PeriodUsage peak,
        PeriodUsage flat,
        PeriodUsage valley,
        BigDecimal meterStart,
        BigDecimal meterStop,
        BigDecimal totalEnergy,
        BigDecimal totalLossEnergy,
        BigDecimal totalAmount,
        String vin,
        TradeFlag tradeFlag,
        LocalDateTime tradeTime,
        StopReason stopReason,
        PhysicalCardNo physicalCard) implements PileMessage {

    public static final MessageType<TransactionRecord> TYPE = MessageType.of(0x3B, Direction.PILE_TO_PLATFORM, "交易记录",
            TransactionRecord.class,
            Layout.SERIAL,
            Layout.PILE,
            Layout.GUN,
            Fields.time("startTime"),
            Fields.time("endTime"),
            PeriodUsage.field("sharp"),
            PeriodUsage.field("peak"),
            PeriodUsage.field("flat"),
            PeriodUsage.field("valley"),
            scaled("meterStart", 5, 4),
            scaled("meterStop", 5, 4),
            scaled("totalEnergy", 4, 4),
            scaled("totalLossEnergy", 4, 4),
            scaled("totalAmount", 4, 4),
            ascii("vin", 17),
            openCode("tradeFlag", TradeFlag.class, TradeFlag::of),
            Fields.time("tradeTime"),
            openCode("stopReason", StopReason.class, StopReason::of),
            Layout.card("physicalCard"));

    public PeriodUsage usage(RatePeriod period) {
        return switch (period) {
            case SHARP -> sharp;
            case PEAK -> peak;
            case FLAT -> flat;
            case VALLEY -> valley;
        };
    }

    @Override
    public MessageType<TransactionRecord> messageType() {
        return TYPE;
    }
}
