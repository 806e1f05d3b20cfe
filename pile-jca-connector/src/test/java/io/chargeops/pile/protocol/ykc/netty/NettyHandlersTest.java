package io.chargeops.pile.protocol.ykc.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeops.pile.protocol.ykc.FrameError;
import io.chargeops.pile.protocol.ykc.FrameErrorKind;
import io.chargeops.pile.protocol.ykc.RawFrame;
import io.chargeops.pile.protocol.ykc.UnknownFrame;
import io.chargeops.pile.protocol.ykc.YkcCodec;
import io.chargeops.pile.protocol.ykc.YkcPacket;
import io.chargeops.pile.protocol.ykc.YkcStats;
import io.chargeops.pile.protocol.ykc.message.Heartbeat;
import io.chargeops.pile.protocol.ykc.message.LoginRequest;
import io.chargeops.pile.protocol.ykc.message.RemoteStartRequest;
import io.chargeops.pile.protocol.ykc.types.Carrier;
import io.chargeops.pile.protocol.ykc.types.GunHealth;
import io.chargeops.pile.protocol.ykc.types.LogicalCardNo;
import io.chargeops.pile.protocol.ykc.types.NetworkType;
import io.chargeops.pile.protocol.ykc.types.PhysicalCardNo;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.PileType;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.EncoderException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class NettyHandlersTest {
    private static final PileCode PILE = PileCode.of("32010600000001");
    private final YkcStats stats = new YkcStats();
    private final YkcCodec codec = YkcCodec.builder().stats(stats).build();

    private EmbeddedChannel channel() {
        EmbeddedChannel ch = new EmbeddedChannel();
        YkcPipeline.install(ch.pipeline(), codec);
        return ch;
    }

    @Test
    void decodesPacketsAndPassesErrorsAndUnknownFramesUpInOrder() {
        EmbeddedChannel ch = channel();
        byte[] hb = codec.encode(3, new Heartbeat(PILE, 1, GunHealth.NORMAL));
        byte[] unknown = new RawFrame(4, 0, 0xF0, new byte[] {1, 2}).toBytes();
        byte[] badCrc = hb.clone();
        badCrc[badCrc.length - 1] ^= 1;
        ByteBuf in = Unpooled.buffer().writeBytes(new byte[] {1, 2, 3}).writeBytes(hb).writeBytes(badCrc)
                .writeBytes(unknown);
        // one byte at a time: the worst fragmentation there is
        while (in.isReadable()) {
            ch.writeInbound(in.readRetainedSlice(1));
        }
        in.release();
        Object garbage = ch.readInbound();
        assertThat(garbage).isInstanceOfSatisfying(FrameError.class,
                e -> assertThat(e.kind()).isEqualTo(FrameErrorKind.GARBAGE));
        // garbage arriving byte by byte is reported per read; drain those
        Object next = ch.readInbound();
        while (next instanceof FrameError) {
            next = ch.readInbound();
        }
        assertThat(next).isEqualTo(YkcPacket.of(3, new Heartbeat(PILE, 1, GunHealth.NORMAL)));
        Object crc = ch.readInbound();
        assertThat(crc).isInstanceOfSatisfying(FrameError.class,
                e -> assertThat(e.kind()).isEqualTo(FrameErrorKind.BAD_CRC));
        // after the bad CRC the scanner steps one byte and walks the rest of that frame; the unknown frame follows
        Object last = ch.readInbound();
        while (last instanceof FrameError) {
            last = ch.readInbound();
        }
        assertThat(last).isInstanceOf(UnknownFrame.class);
        assertThat(ch.isOpen()).isTrue();
        assertThat(stats.decoded()).isEqualTo(1);
        assertThat(stats.errors(FrameErrorKind.BAD_CRC)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void bindsThePileOnLoginAndReportsTruncationOnClose() {
        EmbeddedChannel ch = channel();
        LoginRequest login = new LoginRequest(PILE, PileType.DC, 2, LoginRequest.PROTOCOL_V16, "SIM-1.0",
                NetworkType.LAN, "00".repeat(10), Carrier.OTHER);
        ch.writeInbound(Unpooled.wrappedBuffer(codec.encode(0, login)));
        assertThat(ch.<Object>readInbound()).isEqualTo(YkcPacket.of(0, login));
        assertThat(((YkcFrameDecoder) ch.pipeline().get(YkcPipeline.DECODER)).boundPile()).isEqualTo(PILE);
        byte[] hb = codec.encode(1, new Heartbeat(PILE, 1, GunHealth.NORMAL));
        ch.writeInbound(Unpooled.wrappedBuffer(hb, 0, 10));
        assertThat(ch.<Object>readInbound()).isNull();
        ch.finish();
        assertThat(ch.<Object>readInbound()).isInstanceOfSatisfying(FrameError.class, e -> {
            assertThat(e.kind()).isEqualTo(FrameErrorKind.TRUNCATED);
            assertThat(e.pileCode()).isEqualTo(PILE);
        });
    }

    @Test
    void encodesPacketsAndRawFrames() {
        EmbeddedChannel ch = channel();
        RemoteStartRequest start = new RemoteStartRequest(
                TransactionSerial.generate(PILE, 1, LocalDateTime.of(2025, 3, 1, 8, 0), 1), PILE, 1,
                LogicalCardNo.NONE, PhysicalCardNo.NONE, new BigDecimal("50.00"));
        ch.writeOutbound(YkcPacket.of(9, start));
        ch.writeOutbound(new RawFrame(1, 0, 0x39, new byte[0]));
        ByteBuf a = ch.readOutbound();
        ByteBuf b = ch.readOutbound();
        byte[] bytes = new byte[a.readableBytes()];
        a.readBytes(bytes);
        assertThat(codec.decode(bytes)).isEqualTo(YkcPacket.of(9, start));
        assertThat(b.readableBytes()).isEqualTo(8);
        a.release();
        b.release();
    }

    @Test
    void valuesThatDoNotFitFailTheWriteInsteadOfSendingGarbage() {
        EmbeddedChannel ch = channel();
        RemoteStartRequest tooRich = new RemoteStartRequest(TransactionSerial.NONE, PILE, 1, LogicalCardNo.NONE,
                PhysicalCardNo.NONE, new BigDecimal("99999999.99"));
        assertThatThrownBy(() -> ch.writeOutbound(YkcPacket.of(1, tooRich))).isInstanceOf(EncoderException.class)
                .hasMessageContaining("balance");
        RemoteStartRequest fractionOfCent = new RemoteStartRequest(TransactionSerial.NONE, PILE, 1,
                LogicalCardNo.NONE, PhysicalCardNo.NONE, new BigDecimal("1.005"));
        assertThatThrownBy(() -> ch.writeOutbound(YkcPacket.of(1, fractionOfCent)))
                .isInstanceOf(EncoderException.class).hasMessageContaining("decimals");
    }
}
