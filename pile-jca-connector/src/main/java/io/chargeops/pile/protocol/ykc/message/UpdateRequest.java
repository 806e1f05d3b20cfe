package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.ascii;
import static io.chargeops.pile.protocol.ykc.wire.Fields.code;
import static io.chargeops.pile.protocol.ykc.wire.Fields.u16;
import static io.chargeops.pile.protocol.ykc.wire.Fields.u8;

import io.chargeops.pile.protocol.ykc.types.ExecutionControl;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.UpgradePileModel;

/** Remote firmware update over FTP (0x94). */
public record UpdateRequest(
        PileCode pileCode,
        UpgradePileModel pileModel,
        int powerKw,
        String serverAddress,
        int serverPort,
        String username,
        String password,
        String filePath,
        ExecutionControl execution,
        int downloadTimeoutMinutes) implements PlatformMessage {

    public static final MessageType<UpdateRequest> TYPE = MessageType.of(0x94, Direction.PLATFORM_TO_PILE, "远程更新",
            UpdateRequest.class,
            Layout.PILE,
            code("pileModel", UpgradePileModel.class),
            u16("powerKw"),
            ascii("serverAddress", 16),
            u16("serverPort"),
            ascii("username", 16),
            ascii("password", 16),
            ascii("filePath", 32),
            code("execution", ExecutionControl.class),
            u8("downloadTimeoutMinutes"));

    @Override
    public MessageType<UpdateRequest> messageType() {
        return TYPE;
    }
}
