package io.chargeops.pile.protocol.ykc;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.pile.protocol.ykc.TestData.SpecSample;
import io.chargeops.pile.protocol.ykc.message.StandardMessages;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample frame of the spec, rebuilt with LEN and CRC recomputed (spec-samples.txt), must decode and re-encode
 * byte for byte. The sample as printed must be accepted exactly when the spec got it right, which documents the errata.
 */
class SpecSampleTest {
    private final YkcCodec codec = YkcCodec.standard();

    static List<SpecSample> samples() {
        return TestData.specSamples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void correctedSampleDecodesAndReencodesByteForByte(SpecSample sample) {
        DecodeResult r = codec.decode(sample.frame());
        assertThat(r).as(sample.section()).isInstanceOf(YkcPacket.class);
        YkcPacket p = (YkcPacket) r;
        assertThat(p.type()).isEqualTo(sample.type());
        assertThat(TestData.hex(codec.encode(p))).isEqualTo(TestData.hex(sample.frame()));
        String crc = String.format("%02X%02X", sample.frame()[sample.frame().length - 2],
                sample.frame()[sample.frame().length - 1]);
        assertThat(crc).isEqualTo(sample.correctCrc());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleAsPrintedIsAcceptedOnlyWhenConsistent(SpecSample sample) {
        byte[] printed = asPrinted(sample);
        DecodeResult r = codec.decode(printed);
        if (sample.consistent()) {
            assertThat(r).isInstanceOf(YkcPacket.class);
        } else {
            assertThat(r).as(sample.section() + ": " + sample.issues()).isInstanceOf(FrameError.class);
        }
    }

    @Test
    void onlyFourSpecSamplesAreInternallyConsistent() {
        assertThat(samples().stream().filter(SpecSample::consistent).map(SpecSample::type)
                .collect(Collectors.toSet())).isEqualTo(Set.of(0x02, 0x06, 0x32, 0x94));
    }

    @Test
    void thereIsASampleForEveryFrameType() {
        assertThat(samples().stream().map(SpecSample::type).collect(Collectors.toSet()))
                .isEqualTo(StandardMessages.all().stream().map(t -> t.code()).collect(Collectors.toSet()));
    }

    /** Puts the printed LEN, type byte and CRC back into the corrected frame. */
    private static byte[] asPrinted(SpecSample s) {
        byte[] f = s.frame().clone();
        String issues = s.issues();
        var len = java.util.regex.Pattern.compile("LEN printed 0x([0-9A-F]{2})").matcher(issues);
        if (len.find()) {
            f[1] = (byte) Integer.parseInt(len.group(1), 16);
        }
        var type = java.util.regex.Pattern.compile("type printed 0x([0-9A-F]{2})").matcher(issues);
        if (type.find()) {
            f[5] = (byte) Integer.parseInt(type.group(1), 16);
        }
        f[f.length - 2] = (byte) Integer.parseInt(s.printedCrc().substring(0, 2), 16);
        f[f.length - 1] = (byte) Integer.parseInt(s.printedCrc().substring(2, 4), 16);
        return f;
    }
}
