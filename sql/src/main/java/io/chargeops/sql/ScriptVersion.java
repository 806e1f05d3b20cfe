package io.chargeops.sql;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A script version such as {@code 001} or {@code 2.1}, compared segment by segment as numbers so
 * that {@code V010} sorts after {@code V009} and leading zeros do not create distinct versions.
 */
public final class ScriptVersion implements Comparable<ScriptVersion> {

    private final long[] segments;

    private ScriptVersion(long[] segments) {
        this.segments = segments;
    }

    public static ScriptVersion parse(String text) {
        if (text == null || !text.matches("\\d+(\\.\\d+)*")) {
            throw new MigrationException("Invalid script version '" + text + "': use digits and dots, e.g. 001 or 2.1");
        }
        return new ScriptVersion(Arrays.stream(text.split("\\.")).mapToLong(Long::parseLong).toArray());
    }

    @Override
    public int compareTo(ScriptVersion other) {
        int n = Math.max(segments.length, other.segments.length);
        for (int i = 0; i < n; i++) {
            long a = i < segments.length ? segments[i] : 0;
            long b = i < other.segments.length ? other.segments[i] : 0;
            if (a != b) {
                return Long.compare(a, b);
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScriptVersion v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        int last = segments.length;
        while (last > 1 && segments[last - 1] == 0) {
            last--;
        }
        return Arrays.hashCode(Arrays.copyOf(segments, last));
    }

    /** Normalised form stored in the history table: no leading zeros ({@code 001} → {@code 1}). */
    @Override
    public String toString() {
        return Arrays.stream(segments).mapToObj(Long::toString).collect(Collectors.joining("."));
    }
}
