package io.chargeops.pile.protocol.ykc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeops.pile.protocol.ykc.crypto.EncryptionKeys;
import io.chargeops.pile.protocol.ykc.message.Heartbeat;
import io.chargeops.pile.protocol.ykc.message.LoginRequest;
import io.chargeops.pile.protocol.ykc.types.Carrier;
import io.chargeops.pile.protocol.ykc.types.GunHealth;
import io.chargeops.pile.protocol.ykc.types.NetworkType;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.PileType;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EncryptionTest {
    private static final PileCode PILE = PileCode.of("32010600000001");
    private static final byte[] KEY = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void encryptedBodiesRoundTripWithThePilesKey() {
        YkcCodec codec = YkcCodec.builder().keys(EncryptionKeys.of(Map.of(PILE, KEY))).build();
        LoginRequest login = new LoginRequest(PILE, PileType.AC, 1, 0x10, "1.0", NetworkType.LAN, "00".repeat(10),
                Carrier.OTHER);
        Heartbeat hb = new Heartbeat(PILE, 1, GunHealth.NORMAL);
        byte[] plainLogin = codec.encode(0, login);
        byte[] encrypted = codec.encode(new YkcPacket(1, true, hb));
        assertThat(encrypted[4]).isEqualTo((byte) 1);
        assertThat(encrypted[1] & 0xFF).isEqualTo(16 + 4); // 9-byte body padded to two 3DES blocks
        FrameScanner scanner = codec.newScanner();
        List<DecodeResult> out = new ArrayList<>();
        scanner.scan(Unpooled.wrappedBuffer(plainLogin, encrypted), out::add);
        assertThat(out).containsExactly(YkcPacket.of(0, login), new YkcPacket(1, true, hb));
    }

    @Test
    void encryptedFrameWithoutKeyIsATypedError() {
        YkcCodec sender = YkcCodec.builder().keys(p -> Optional.of(KEY)).build();
        byte[] encrypted = sender.encode(new YkcPacket(1, true, new Heartbeat(PILE, 1, GunHealth.NORMAL)));
        DecodeResult r = YkcCodec.standard().decode(encrypted);
        assertThat(r).isInstanceOfSatisfying(FrameError.class, e -> {
            assertThat(e.kind()).isEqualTo(FrameErrorKind.NO_KEY);
            assertThat(e.frameType()).isEqualTo(0x03);
        });
        YkcCodec wrongKey = YkcCodec.builder().keys(p -> Optional.of("FEDCBA9876543210XXXXXXXX".getBytes())).build();
        assertThat(wrongKey.decode(encrypted)).isInstanceOfSatisfying(FrameError.class,
                e -> assertThat(e.kind()).isIn(FrameErrorKind.DECRYPTION_FAILED, FrameErrorKind.MALFORMED_BODY));
    }

    @Test
    void sendingEncryptedWithoutKeyFailsLoudly() {
        assertThatThrownBy(() -> YkcCodec.standard().encode(new YkcPacket(1, true,
                new Heartbeat(PILE, 1, GunHealth.NORMAL)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no 3DES key");
    }

    @Test
    void unsupportedFlagIsReported() {
        byte[] f = new RawFrame(0, 2, 0x03, new byte[9]).toBytes();
        assertThat(YkcCodec.standard().decode(f)).isInstanceOfSatisfying(FrameError.class,
                e -> assertThat(e.kind()).isEqualTo(FrameErrorKind.UNSUPPORTED_ENCRYPTION));
    }
}
