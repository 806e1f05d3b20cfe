package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.code;

import io.chargeops.pile.protocol.ykc.types.LoginResult;
import io.chargeops.pile.protocol.ykc.types.PileCode;

/** Login reply (0x02); on failure the platform closes the connection. */
public record LoginResponse(
        PileCode pileCode,
        LoginResult result) implements PlatformMessage {

    public static final MessageType<LoginResponse> TYPE = MessageType.of(0x02, Direction.PLATFORM_TO_PILE, "登录认证应答",
            LoginResponse.class,
            Layout.PILE,
            code("result", LoginResult.class));

    @Override
    public MessageType<LoginResponse> messageType() {
        return TYPE;
    }
}
