package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.ascii;
import static io.chargeops.pile.protocol.ykc.wire.Fields.bool;
import static io.chargeops.pile.protocol.ykc.wire.Fields.hex;
import static io.chargeops.pile.protocol.ykc.wire.Fields.offset;
import static io.chargeops.pile.protocol.ykc.wire.Fields.openCode;
import static io.chargeops.pile.protocol.ykc.wire.Fields.scaled;
import static io.chargeops.pile.protocol.ykc.wire.Fields.u24;
import static io.chargeops.pile.protocol.ykc.wire.Fields.u8;

import io.chargeops.pile.protocol.ykc.types.BatteryType;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;
import java.math.BigDecimal;

/** GB/T 27930 handshake data (0x15, BRM) reported once per DC session. */
public record ChargeHandshake(
        TransactionSerial serial,
        PileCode pileCode,
        int gunNo,
        int bmsProtocolVersion,
        BatteryType batteryType,
        BigDecimal ratedCapacityAh,
        BigDecimal ratedVoltage,
        String batteryManufacturer,
        String batteryPackSerial,
        int productionYear,
        int productionMonth,
        int productionDay,
        int chargeCount,
        boolean vehicleOwned,
        int reserved,
        String vin,
        String bmsSoftwareVersion) implements PileMessage {

    public static final MessageType<ChargeHandshake> TYPE = MessageType.of(0x15, Direction.PILE_TO_PLATFORM, "充电握手",
            ChargeHandshake.class,
            Layout.SERIAL,
            Layout.PILE,
            Layout.GUN,
            u24("bmsProtocolVersion"),
            openCode("batteryType", BatteryType.class, BatteryType::of),
            scaled("ratedCapacityAh", 2, 1),
            scaled("ratedVoltage", 2, 1),
            ascii("batteryManufacturer", 4),
            hex("batteryPackSerial", 4),
            offset("productionYear", 1, 1985),
            u8("productionMonth"),
            u8("productionDay"),
            u24("chargeCount"),
            bool("vehicleOwned"),
            u8("reserved"),
            ascii("vin", 17),
            hex("bmsSoftwareVersion", 8));

    @Override
    public MessageType<ChargeHandshake> messageType() {
        return TYPE;
    }
}
