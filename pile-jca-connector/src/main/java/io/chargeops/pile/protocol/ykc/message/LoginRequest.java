package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.ascii;
import static io.chargeops.pile.protocol.ykc.wire.Fields.code;
import static io.chargeops.pile.protocol.ykc.wire.Fields.hex;
import static io.chargeops.pile.protocol.ykc.wire.Fields.openCode;
import static io.chargeops.pile.protocol.ykc.wire.Fields.u8;

import io.chargeops.pile.protocol.ykc.types.Carrier;
import io.chargeops.pile.protocol.ykc.types.NetworkType;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.PileType;

/** Login (0x01): the first frame after connecting; nothing else is accepted before the reply. */
public record LoginRequest(
        PileCode pileCode,
        PileType pileType,
        int gunCount,
        int protocolVersion,
        String firmwareVersion,
        NetworkType networkType,
        String simIccid,
        Carrier carrier) implements PileMessage {

    public static final MessageType<LoginRequest> TYPE = MessageType.of(0x01, Direction.PILE_TO_PLATFORM, "充电桩登录认证",
            LoginRequest.class,
            Layout.PILE,
            code("pileType", PileType.class),
            u8("gunCount"),
            u8("protocolVersion"),
            ascii("firmwareVersion", 8),
            openCode("networkType", NetworkType.class, NetworkType::of),
            hex("simIccid", 10),
            openCode("carrier", Carrier.class, Carrier::of));

    /** Protocol version byte for v1.6 (version × 10). */
    public static final int PROTOCOL_V16 = 0x10;

    @Override
    public MessageType<LoginRequest> messageType() {
        return TYPE;
    }
}
