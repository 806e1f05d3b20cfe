package io.chargeops.pile.protocol.ykc;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.pile.protocol.ykc.message.MessageType;
import io.chargeops.pile.protocol.ykc.message.StandardMessages;
import io.chargeops.pile.protocol.ykc.message.YkcMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class RoundTripProperties {
    private final YkcCodec codec = YkcCodec.standard();

    @Provide
    Arbitrary<YkcMessage> anyMessage() {
        return MessageArbitraries.anyMessage();
    }

    @Property(tries = 3000)
    void encodeThenDecodeGivesTheSameMessage(@ForAll("anyMessage") YkcMessage message,
            @ForAll @IntRange(max = 0xFFFF) int sequence) {
        YkcPacket packet = YkcPacket.of(sequence, message);
        byte[] frame = codec.encode(packet);
        DecodeResult decoded = codec.decode(frame);
        assertThat(decoded).isEqualTo(packet);
        assertThat(codec.encode((YkcPacket) decoded)).isEqualTo(frame);
        assertThat(frame[1] & 0xFF).isEqualTo(frame.length - 4);
    }

    /** Every type individually, so a rarely drawn type cannot hide behind {@code oneOf}. */
    @Example
    void everyMessageTypeRoundTrips() {
        for (MessageType<?> type : StandardMessages.all()) {
            MessageArbitraries.of(type).sampleStream().limit(200).forEach(m -> {
                YkcPacket p = YkcPacket.of(7, m);
                assertThat(codec.decode(codec.encode(p))).as(type.toString()).isEqualTo(p);
            });
        }
    }

    /**
     * The spec allows 15/24/26 cards per offline-card frame, which does not fit its own 200-byte limit; with the
     * length limit raised to the one-byte maximum the full lists round-trip.
     */
    @Example
    void offlineCardFramesAtSpecMaximumNeedTheRaisedLengthLimit() {
        YkcCodec wide = YkcCodec.builder().options(FramingOptions.DEFAULT.withMaxLength(255)).build();
        for (MessageType<?> type : StandardMessages.all()) {
            if (type.bodyLength() >= 0) {
                continue;
            }
            MessageArbitraries.ofAnySize(type).sampleStream().limit(200).forEach(m -> {
                YkcPacket p = YkcPacket.of(1, m);
                assertThat(wide.decode(wide.encode(p))).isEqualTo(p);
            });
        }
    }

    /** TCP delivers frames glued together and cut anywhere; the decoder must not care. */
    @Property(tries = 300)
    void arbitraryFragmentationYieldsTheSamePackets(@ForAll @Size(min = 1, max = 30) List<@net.jqwik.api.From(
            "anyMessage") YkcMessage> messages, @ForAll("cuts") List<Integer> cuts) {
        ByteBuf all = Unpooled.buffer();
        List<YkcPacket> sent = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            YkcPacket p = YkcPacket.of(i, messages.get(i));
            sent.add(p);
            codec.encode(p, all);
        }
        FrameScanner scanner = codec.newScanner();
        ByteBuf cumulation = Unpooled.buffer();
        List<DecodeResult> got = new ArrayList<>();
        int c = 0;
        while (all.isReadable()) {
            int n = Math.min(all.readableBytes(), cuts.get(c++ % cuts.size()));
            cumulation.writeBytes(all, n);
            scanner.scan(cumulation, got::add);
            cumulation.discardReadBytes();
        }
        scanner.finish(cumulation, got::add);
        assertThat(got).containsExactlyElementsOf(sent);
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(1, 300).list().ofMinSize(1).ofMaxSize(20);
    }
}
