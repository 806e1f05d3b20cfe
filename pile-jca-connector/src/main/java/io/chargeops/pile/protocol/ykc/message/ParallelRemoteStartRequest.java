package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.scaled;

import io.chargeops.pile.protocol.ykc.types.LogicalCardNo;
import io.chargeops.pile.protocol.ykc.types.ParallelSerial;
import io.chargeops.pile.protocol.ykc.types.PhysicalCardNo;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;
import java.math.BigDecimal;

/** Remote parallel start (0xA4): the 0x34 body plus the parallel serial. (The spec's summary table swaps 0xA3/0xA4; chapter 12 and the parity rule are followed.) */
public record ParallelRemoteStartRequest(
        TransactionSerial serial,
        PileCode pileCode,
        int gunNo,
        LogicalCardNo logicalCard,
        PhysicalCardNo physicalCard,
        BigDecimal balance,
        ParallelSerial parallelSerial) implements PlatformMessage {

    public static final MessageType<ParallelRemoteStartRequest> TYPE = MessageType.of(0xA4, Direction.PLATFORM_TO_PILE, "运营平台远程控制并充启机",
            ParallelRemoteStartRequest.class,
            Layout.SERIAL,
            Layout.PILE,
            Layout.GUN,
            Layout.LOGICAL_CARD,
            Layout.card("physicalCard"),
            scaled("balance", 4, 2),
            Layout.PARALLEL_SERIAL);

    @Override
    public MessageType<ParallelRemoteStartRequest> messageType() {
        return TYPE;
    }
}
