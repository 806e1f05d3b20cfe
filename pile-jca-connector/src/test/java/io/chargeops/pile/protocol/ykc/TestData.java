package io.chargeops.pile.protocol.ykc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Loads the frame tables under src/test/resources/ykc. */
final class TestData {
    private TestData() {
    }

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replaceAll("\\s+", ""));
    }

    static String hex(byte[] b) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(b);
    }

    /** One row of spec-samples.txt. */
    record SpecSample(String section, int type, String printedCrc, String correctCrc, String issues, byte[] frame) {
        boolean consistent() {
            return issues.equals("consistent");
        }

        @Override
        public String toString() {
            return section;
        }
    }

    record Vector(String id, String crcOrder, byte[] frame) {
        @Override
        public String toString() {
            return id;
        }
    }

    static List<SpecSample> specSamples() {
        return lines("/ykc/spec-samples.txt").stream().map(l -> l.split("\\|"))
                .map(p -> new SpecSample(p[0], Integer.parseInt(p[1], 16), p[2], p[3], p[4], hex(p[5])))
                .toList();
    }

    static Map<String, SpecSample> specSamplesByType() {
        return specSamples().stream().collect(Collectors.toMap(s -> String.format("%02X", s.type()),
                Function.identity()));
    }

    static List<Vector> vectors() {
        return lines("/ykc/test-vectors.txt").stream().map(l -> l.split("\\|"))
                .map(p -> new Vector(p[0], p[1], hex(p[2]))).toList();
    }

    static Vector vector(String id) {
        return vectors().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> lines(String resource) {
        try (var in = TestData.class.getResourceAsStream(resource);
                var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
