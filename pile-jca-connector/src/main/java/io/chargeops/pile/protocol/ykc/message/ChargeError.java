package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.bits;
import static io.chargeops.pile.protocol.ykc.wire.Fields.intSlot;
import static io.chargeops.pile.protocol.ykc.wire.Fields.slot;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.TimeoutStatus;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;

/** GB/T 27930 error frame (0x1B, BEM/CEM): which handshake messages timed out, as two-bit states. */
public record ChargeError(
        TransactionSerial serial,
        PileCode pileCode,
        int gunNo,
        TimeoutStatus crm00Timeout,
        TimeoutStatus crmAaTimeout,
        int reserved0,
        TimeoutStatus ctsCmlTimeout,
        TimeoutStatus croTimeout,
        int reserved1,
        TimeoutStatus ccsTimeout,
        TimeoutStatus cstTimeout,
        int reserved2,
        TimeoutStatus csdTimeout,
        int bmsOther,
        TimeoutStatus brmTimeout,
        int reserved4,
        TimeoutStatus bcpTimeout,
        TimeoutStatus broTimeout,
        int reserved5,
        TimeoutStatus bcsTimeout,
        TimeoutStatus bclTimeout,
        TimeoutStatus bstTimeout,
        int reserved6,
        TimeoutStatus bsdTimeout,
        int chargerOther) implements PileMessage {

    public static final MessageType<ChargeError> TYPE = MessageType.of(0x1B, Direction.PILE_TO_PLATFORM, "错误报文",
            ChargeError.class,
            Layout.SERIAL,
            Layout.PILE,
            Layout.GUN,
            bits("bem0", 1,
                    slot("crm00Timeout", 2, TimeoutStatus.class),
                    slot("crmAaTimeout", 2, TimeoutStatus.class),
                    intSlot("reserved0", 4)),
            bits("bem1", 1,
                    slot("ctsCmlTimeout", 2, TimeoutStatus.class),
                    slot("croTimeout", 2, TimeoutStatus.class),
                    intSlot("reserved1", 4)),
            bits("bem2", 1,
                    slot("ccsTimeout", 2, TimeoutStatus.class),
                    slot("cstTimeout", 2, TimeoutStatus.class),
                    intSlot("reserved2", 4)),
            bits("bem3", 1,
                    slot("csdTimeout", 2, TimeoutStatus.class),
                    intSlot("bmsOther", 6)),
            bits("cem0", 1,
                    slot("brmTimeout", 2, TimeoutStatus.class),
                    intSlot("reserved4", 6)),
            bits("cem1", 1,
                    slot("bcpTimeout", 2, TimeoutStatus.class),
                    slot("broTimeout", 2, TimeoutStatus.class),
                    intSlot("reserved5", 4)),
            bits("cem2", 1,
                    slot("bcsTimeout", 2, TimeoutStatus.class),
                    slot("bclTimeout", 2, TimeoutStatus.class),
                    slot("bstTimeout", 2, TimeoutStatus.class),
                    intSlot("reserved6", 2)),
            bits("cem3", 1,
                    slot("bsdTimeout", 2, TimeoutStatus.class),
                    intSlot("chargerOther", 6)));

    @Override
    public MessageType<ChargeError> messageType() {
        return TYPE;
    }
}
