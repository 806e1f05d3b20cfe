package io.chargeops.pile.protocol.ykc;

/**
 * Tunables of the frame layer.
 *
 * @param maxLength        largest accepted length byte. The spec caps the data field at 200; later protocol versions
 *                         and vendor frames go up to 255, so deployments that must accept them can raise this
 * @param acceptSwappedCrc also accept a CRC sent high byte first; some implementations do that, real piles do not.
 *                         Accepted frames are counted separately so the platform can see who does it
 * @param hexDumpLimit     bytes shown in an error's hex dump
 */
public record FramingOptions(int maxLength, boolean acceptSwappedCrc, int hexDumpLimit) {
    public static final int MIN_LENGTH = 4;
    public static final FramingOptions DEFAULT = new FramingOptions(200, false, 300);

    public FramingOptions {
        if (maxLength < MIN_LENGTH || maxLength > 255) {
            throw new IllegalArgumentException("maxLength must be 4..255: " + maxLength);
        }
        if (hexDumpLimit < 0) {
            throw new IllegalArgumentException("hexDumpLimit must be >= 0");
        }
    }

    public FramingOptions withMaxLength(int max) {
        return new FramingOptions(max, acceptSwappedCrc, hexDumpLimit);
    }

    public FramingOptions withAcceptSwappedCrc(boolean accept) {
        return new FramingOptions(maxLength, accept, hexDumpLimit);
    }
}
