package io.chargeops.pile.simulator.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.chargeops.pile.protocol.ykc.DecodeResult;
import io.chargeops.pile.protocol.ykc.FrameError;
import io.chargeops.pile.protocol.ykc.FrameErrorKind;
import io.chargeops.pile.protocol.ykc.FrameScanner;
import io.chargeops.pile.protocol.ykc.RawFrame;
import io.chargeops.pile.protocol.ykc.YkcCodec;
import io.chargeops.pile.protocol.ykc.YkcPacket;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Jazzer harness: arbitrary bytes, delivered in fuzzer-chosen pieces, must never make the scanner throw, report an
 * INTERNAL error, or hold more than one partial frame; every decoded packet must re-encode to a frame that decodes
 * to the same packet.
 */
class FrameDecoderFuzzTest {
    private static final YkcCodec CODEC = YkcCodec.builder().build();

    @FuzzTest(maxDuration = "60s")
    void decoderSurvivesAnyInput(FuzzedDataProvider data) {
        FrameScanner scanner = CODEC.newScanner();
        ByteBuf in = Unpooled.buffer();
        while (data.remainingBytes() > 0) {
            int piece = data.consumeInt(1, 300);
            in.writeBytes(data.consumeBytes(piece));
            scanner.scan(in, FrameDecoderFuzzTest::check);
            if (in.readableBytes() > 259) {
                throw new IllegalStateException("scanner kept " + in.readableBytes() + " bytes");
            }
            in.discardReadBytes();
        }
        scanner.finish(in, FrameDecoderFuzzTest::check);
    }

    /** CRC-valid frames with arbitrary type and body, so the fuzzer gets past the CRC into every body decoder. */
    @FuzzTest(maxDuration = "60s")
    void bodyDecodersSurviveAnyBody(FuzzedDataProvider data) {
        int type = data.consumeInt(0, 255);
        int flag = data.consumeBoolean() ? 0 : data.consumeInt(0, 255);
        byte[] body = data.consumeBytes(196);
        check(CODEC.decode(new RawFrame(data.consumeInt(0, 0xFFFF), flag, type, body).toBytes()));
    }

    private static void check(DecodeResult r) {
        if (r instanceof FrameError e && e.kind() == FrameErrorKind.INTERNAL) {
            throw new IllegalStateException(e.toString());
        }
        if (r instanceof YkcPacket p) {
            DecodeResult again = CODEC.decode(CODEC.encode(p));
            if (!again.equals(p)) {
                throw new IllegalStateException("round trip changed " + p + " into " + again);
            }
        }
    }
}
