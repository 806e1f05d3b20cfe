package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.asciiReversed;
import static io.chargeops.pile.protocol.ykc.wire.Fields.bool;
import static io.chargeops.pile.protocol.ykc.wire.Fields.code;
import static io.chargeops.pile.protocol.ykc.wire.Fields.hex;

import io.chargeops.pile.protocol.ykc.types.PhysicalCardNo;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.StartMode;

/** Pile-initiated start (0x31) after a card swipe or VIN recognition. The VIN travels reversed on the wire; the record holds it in reading order. */
public record PileStartRequest(
        PileCode pileCode,
        int gunNo,
        StartMode startMode,
        boolean passwordRequired,
        PhysicalCardNo accountOrCard,
        String password,
        String vin) implements PileMessage {

    public static final MessageType<PileStartRequest> TYPE = MessageType.of(0x31, Direction.PILE_TO_PLATFORM, "充电桩主动申请启动充电",
            PileStartRequest.class,
            Layout.PILE,
            Layout.GUN,
            code("startMode", StartMode.class),
            bool("passwordRequired"),
            Layout.card("accountOrCard"),
            hex("password", 16),
            asciiReversed("vin", 17));

    @Override
    public MessageType<PileStartRequest> messageType() {
        return TYPE;
    }
}
