package io.chargeops.pile.protocol.ykc.message;

import io.chargeops.pile.protocol.ykc.types.PileCode;

/** Request for an immediate real-time data frame (0x12); the pile answers with 0x13 under the same sequence number. */
public record ReadRealTimeData(
        PileCode pileCode,
        int gunNo) implements PlatformMessage {

    public static final MessageType<ReadRealTimeData> TYPE = MessageType.of(0x12, Direction.PLATFORM_TO_PILE, "读取实时监测数据",
            ReadRealTimeData.class,
            Layout.PILE,
            Layout.GUN);

    @Override
    public MessageType<ReadRealTimeData> messageType() {
        return TYPE;
    }
}
