package io.chargeops.pile.protocol.ykc;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.util.Optional;

/**
 * A rejected frame or run of bytes.
 *
 * @param frameType  type byte when the header was readable, else -1
 * @param pileCode   the pile, when it could be read from the body or is known from the connection's login; null if
 *                   neither
 * @param sequence   sequence number when readable, else -1
 * @param byteCount  how many input bytes this error accounts for (all of them, even if the dump is cut short)
 * @param hexDump    the offending bytes in hex, capped so a flood of garbage cannot blow up memory
 */
public record FrameError(FrameErrorKind kind, int frameType, PileCode pileCode, int sequence, int byteCount,
        String hexDump, String detail) implements DecodeResult {

    public Optional<PileCode> pile() {
        return Optional.ofNullable(pileCode);
    }

    @Override
    public String toString() {
        return "FrameError[" + kind + (frameType >= 0 ? String.format(" type=0x%02X", frameType) : "")
                + (pileCode != null ? " pile=" + pileCode : "") + " bytes=" + byteCount + " " + detail + " | "
                + hexDump + "]";
    }
}
