package io.chargeops.pile.protocol.ykc;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.pile.protocol.ykc.message.MessageType;
import io.chargeops.pile.protocol.ykc.message.StandardMessages;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Hostile input: random bytes, and a million frames of which a fifth are mutated (bit flips, truncation, inserted
 * garbage, bogus length bytes, stray 0x68s). The scanner must never throw, must keep at most one partial frame
 * buffered, and must pick up the next intact frame after any damage.
 */
class DecoderRobustnessTest {
    private static final int MAX_FRAME = 255 + 4;
    private final YkcCodec codec = YkcCodec.builder().build();

    private List<byte[]> framePool(int n, long seed) {
        List<byte[]> pool = new ArrayList<>();
        for (TestData.Vector v : TestData.vectors()) {
            if (v.crcOrder().equals("LE")) {
                pool.add(v.frame());
            }
        }
        for (TestData.SpecSample s : TestData.specSamples()) {
            pool.add(s.frame());
        }
        int i = 0;
        List<MessageType<?>> types = StandardMessages.all();
        while (pool.size() < n) {
            MessageType<?> t = types.get(i++ % types.size());
            MessageArbitraries.of(t).sampleStream().limit(1)
                    .forEach(m -> pool.add(codec.encode(YkcPacket.of((int) (seed + pool.size()) & 0xFFFF, m))));
        }
        return pool;
    }

    @Test
    void aMillionFramesWithOneInFiveMutated() {
        SplittableRandom rnd = new SplittableRandom(20240611L);
        List<byte[]> pool = framePool(500, 1);
        FrameScanner scanner = codec.newScanner();
        ByteBuf in = Unpooled.buffer(64 * 1024);
        long[] packets = {0};
        long[] errors = {0};
        long intact = 0;
        int frames = 1_000_000;
        int batch = 2000;
        for (int done = 0; done < frames; done += batch) {
            for (int k = 0; k < batch; k++) {
                byte[] f = pool.get(rnd.nextInt(pool.size()));
                if (rnd.nextInt(5) == 0) {
                    writeMutated(in, f, rnd);
                } else {
                    in.writeBytes(f);
                    intact++;
                }
                if (rnd.nextInt(64) == 0) {
                    // deliver in odd-sized pieces now and then, like TCP does
                    scanPieces(scanner, in, rnd, packets, errors);
                }
            }
            scanner.scan(in, r -> count(r, packets, errors));
            assertThat(in.readableBytes()).isLessThanOrEqualTo(MAX_FRAME);
            in.discardReadBytes();
        }
        scanner.finish(in, r -> count(r, packets, errors));
        // A mutation eats the frame it hits. Only when the damage forges a frame with a valid CRC (about one in 65536
        // false starts) can it reach into the next intact frame, so virtually every intact frame comes through.
        System.out.printf("frames=%d intact=%d packets=%d errors=%d%n", frames, intact, packets[0], errors[0]);
        assertThat(packets[0]).isGreaterThanOrEqualTo(intact - intact / 10_000);
        assertThat(errors[0]).isPositive();
        assertThat(codec.stats().decoded() + codec.stats().unknown()).isEqualTo(packets[0]);
    }

    private void scanPieces(FrameScanner scanner, ByteBuf in, SplittableRandom rnd, long[] packets, long[] errors) {
        ByteBuf piece = Unpooled.buffer();
        while (in.isReadable()) {
            piece.writeBytes(in, Math.min(in.readableBytes(), 1 + rnd.nextInt(40)));
            scanner.scan(piece, r -> count(r, packets, errors));
            assertThat(piece.readableBytes()).isLessThanOrEqualTo(MAX_FRAME);
            piece.discardReadBytes();
        }
        in.clear();
        in.writeBytes(piece);
    }

    private static void count(DecodeResult r, long[] packets, long[] errors) {
        if (r instanceof YkcPacket || r instanceof UnknownFrame) {
            packets[0]++;
        } else if (r instanceof FrameError) {
            errors[0]++;
        }
    }

    private static void writeMutated(ByteBuf out, byte[] frame, SplittableRandom rnd) {
        byte[] f = frame.clone();
        switch (rnd.nextInt(6)) {
            case 0 -> f[rnd.nextInt(f.length)] ^= (byte) (1 << rnd.nextInt(8)); // bit flip
            case 1 -> f = java.util.Arrays.copyOf(f, rnd.nextInt(f.length)); // truncated
            case 2 -> { // garbage in front, may itself contain start markers
                byte[] g = new byte[1 + rnd.nextInt(64)];
                for (int i = 0; i < g.length; i++) {
                    g[i] = rnd.nextInt(8) == 0 ? (byte) 0x68 : (byte) rnd.nextInt(256);
                }
                out.writeBytes(g);
                f[2 + rnd.nextInt(f.length - 2)] ^= 0x5A;
            }
            case 3 -> f[1] = (byte) rnd.nextInt(256); // bogus length
            case 4 -> f[rnd.nextInt(f.length)] = 0x68; // stray start marker inside
            default -> { // bytes swapped
                int a = rnd.nextInt(f.length);
                int b = rnd.nextInt(f.length);
                byte t = f[a];
                f[a] = f[b];
                f[b] = t;
                f[f.length - 1] ^= 0x01;
            }
        }
        out.writeBytes(f);
    }

    @Test
    void pureNoiseNeverThrowsAndStaysBounded() {
        SplittableRandom rnd = new SplittableRandom(7);
        FrameScanner scanner = codec.newScanner();
        ByteBuf in = Unpooled.buffer();
        long[] counts = new long[3];
        for (int round = 0; round < 2_000; round++) {
            for (int i = 0; i < 4096; i++) {
                // bias towards the start marker and small lengths so the framing paths are exercised, not just skipped
                int r = rnd.nextInt(16);
                in.writeByte(r == 0 ? 0x68 : r == 1 ? rnd.nextInt(4, 40) : rnd.nextInt(256));
            }
            scanner.scan(in, x -> counts[x instanceof YkcPacket ? 0 : x instanceof FrameError ? 1 : 2]++);
            assertThat(in.readableBytes()).isLessThanOrEqualTo(MAX_FRAME);
            in.discardReadBytes();
        }
        assertThat(counts[1]).isPositive();
        assertThat(codec.stats().errors(FrameErrorKind.INTERNAL)).isZero();
    }

    @Test
    void resynchronisesOnTheNextValidFrameAfterGarbage() {
        byte[] heartbeat = TestData.specSamplesByType().get("03").frame();
        SplittableRandom rnd = new SplittableRandom(99);
        for (int trial = 0; trial < 5_000; trial++) {
            byte[] garbage = new byte[rnd.nextInt(1, 300)];
            for (int i = 0; i < garbage.length; i++) {
                garbage[i] = rnd.nextInt(6) == 0 ? (byte) 0x68 : (byte) rnd.nextInt(256);
            }
            ByteBuf in = Unpooled.buffer().writeBytes(garbage).writeBytes(heartbeat).writeBytes(heartbeat);
            List<DecodeResult> out = new ArrayList<>();
            FrameScanner scanner = codec.newScanner();
            scanner.scan(in, out::add);
            scanner.finish(in, out::add);
            List<DecodeResult> packets = out.stream().filter(r -> r instanceof YkcPacket).toList();
            // the garbage may swallow the first heartbeat only if it happens to forge a valid CRC around it
            assertThat(packets).hasSizeBetween(1, 2);
            assertThat(out.get(out.size() - 1)).isInstanceOf(YkcPacket.class);
        }
    }

    @Test
    void errorsCarryPileCodeTypeAndHexDump() {
        byte[] f = TestData.specSamplesByType().get("13").frame().clone();
        f[6 + 24] = 0x07; // gun status 0x07 is undefined
        byte[] fixed = new RawFrame(0x031A, 0, 0x13, java.util.Arrays.copyOfRange(f, 6, f.length - 2)).toBytes();
        DecodeResult r = codec.decode(fixed);
        assertThat(r).isInstanceOfSatisfying(FrameError.class, e -> {
            assertThat(e.kind()).isEqualTo(FrameErrorKind.MALFORMED_BODY);
            assertThat(e.frameType()).isEqualTo(0x13);
            assertThat(e.pileCode().digits()).isEqualTo("55031412782305");
            assertThat(e.sequence()).isEqualTo(0x031A);
            assertThat(e.hexDump()).startsWith("68 40 1A 03 00 13");
            assertThat(e.detail()).contains("status");
        });
    }

    @Test
    void lengthLimitsAreEnforced() {
        assertThat(codec.decodeAll(TestData.hex("68 03 00 00 00 01 00 00"))).first()
                .isInstanceOfSatisfying(FrameError.class,
                        e -> assertThat(e.kind()).isEqualTo(FrameErrorKind.LENGTH_TOO_SMALL));
        assertThat(codec.decodeAll(TestData.hex("68 C9 00 00"))).first()
                .isInstanceOfSatisfying(FrameError.class,
                        e -> assertThat(e.kind()).isEqualTo(FrameErrorKind.LENGTH_TOO_LARGE));
    }

    @Test
    void unknownTypesComeUpAsRawFrames() {
        RawFrame legacy = new RawFrame(5, 0, 0x39, new byte[] {1, 2, 3});
        assertThat(codec.decode(legacy.toBytes())).isEqualTo(new UnknownFrame(legacy));
        assertThat(codec.stats().unknown()).isEqualTo(1);
    }

    @Test
    void wrongBodyLengthForAKnownTypeIsMalformed() {
        byte[] shortLogin = new RawFrame(0, 0, 0x02, TestData.hex("55 03 14 12 78 23 05")).toBytes();
        assertThat(codec.decode(shortLogin)).isInstanceOfSatisfying(FrameError.class, e -> {
            assertThat(e.kind()).isEqualTo(FrameErrorKind.MALFORMED_BODY);
            assertThat(e.pileCode().digits()).isEqualTo("55031412782305");
        });
    }
}
