package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.asciiReversed;
import static io.chargeops.pile.protocol.ykc.wire.Fields.bool;
import static io.chargeops.pile.protocol.ykc.wire.Fields.code;
import static io.chargeops.pile.protocol.ykc.wire.Fields.hex;

import io.chargeops.pile.protocol.ykc.types.GunRole;
import io.chargeops.pile.protocol.ykc.types.ParallelSerial;
import io.chargeops.pile.protocol.ykc.types.PhysicalCardNo;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.StartMode;

/** Pile-initiated parallel (双枪并充) start (0xA1): the 0x31 body plus gun role and the session's parallel serial; every gun sends one. */
public record ParallelStartRequest(
        PileCode pileCode,
        int gunNo,
        StartMode startMode,
        boolean passwordRequired,
        PhysicalCardNo accountOrCard,
        String password,
        String vin,
        GunRole role,
        ParallelSerial parallelSerial) implements PileMessage {

    public static final MessageType<ParallelStartRequest> TYPE = MessageType.of(0xA1, Direction.PILE_TO_PLATFORM, "充电桩主动申请并充充电",
            ParallelStartRequest.class,
            Layout.PILE,
            Layout.GUN,
            code("startMode", StartMode.class),
            bool("passwordRequired"),
            Layout.card("accountOrCard"),
            hex("password", 16),
            asciiReversed("vin", 17),
            code("role", GunRole.class),
            Layout.PARALLEL_SERIAL);

    @Override
    public MessageType<ParallelStartRequest> messageType() {
        return TYPE;
    }
}
