package io.chargeops.pile.protocol.ykc;

import io.chargeops.pile.protocol.ykc.message.LoginRequest;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.netty.buffer.ByteBuf;
import java.util.function.Consumer;

/**
 * Per-connection framing state machine: finds 0x68, checks length and CRC, resynchronises after bad input and hands
 * each frame to {@link YkcCodec} for interpretation. Not thread-safe; one instance per connection.
 *
 * <p>Memory stays bounded because everything that cannot start a frame is consumed at once: at most one incomplete
 * frame (≤ 259 bytes) is ever left in the buffer. A rejected candidate frame only consumes its 0x68 byte, so a real
 * frame hiding behind a false start marker is still found.
 */
public final class FrameScanner {
    private final YkcCodec codec;
    private final FramingOptions options;
    private PileCode boundPile;

    FrameScanner(YkcCodec codec) {
        this.codec = codec;
        this.options = codec.options();
    }

    /** The pile this connection logged in as; used for 3DES key lookup and to attribute errors. */
    public PileCode boundPile() {
        return boundPile;
    }

    public void bind(PileCode pile) {
        this.boundPile = pile;
    }

    /** Consumes every complete frame and all garbage in {@code in}, leaving only the start of an incomplete frame. */
    public void scan(ByteBuf in, Consumer<? super DecodeResult> out) {
        while (in.isReadable()) {
            int before = in.readerIndex();
            try {
                if (!step(in, out)) {
                    return;
                }
            } catch (RuntimeException e) {
                // a codec defect must not kill the connection; skip one byte so the loop still makes progress
                in.readerIndex(before);
                emit(out, codec.error(FrameErrorKind.INTERNAL, -1, boundPile, -1, in, before, 1, e.toString()));
                in.skipBytes(1);
            }
        }
    }

    /**
     * End of stream: a candidate frame still waiting for bytes can never complete now. It is reported and the
     * remaining bytes are rescanned from its next start marker, so frames after a false start are not lost.
     */
    public void finish(ByteBuf in, Consumer<? super DecodeResult> out) {
        while (true) {
            scan(in, out);
            if (!in.isReadable()) {
                return;
            }
            int start = in.readerIndex();
            int next = in.indexOf(start + 1, in.writerIndex(), YkcCodec.START);
            int skip = (next < 0 ? in.writerIndex() : next) - start;
            emit(out, codec.error(FrameErrorKind.TRUNCATED, skip >= 6 ? in.getUnsignedByte(start + 5) : -1,
                    boundPile, -1, in, start, skip, "stream ended inside a frame"));
            in.skipBytes(skip);
        }
    }

    /** @return false when more input is needed */
    private boolean step(ByteBuf in, Consumer<? super DecodeResult> out) {
        int start = in.readerIndex();
        int end = in.writerIndex();
        int head = in.indexOf(start, end, YkcCodec.START);
        if (head != start) {
            int skip = (head < 0 ? end : head) - start;
            emit(out, codec.error(FrameErrorKind.GARBAGE, -1, boundPile, -1, in, start, skip,
                    skip + " byte(s) before a start marker"));
            in.skipBytes(skip);
            return head >= 0;
        }
        if (end - head < 2) {
            return false;
        }
        int length = in.getUnsignedByte(head + 1);
        if (length < FramingOptions.MIN_LENGTH || length > options.maxLength()) {
            emit(out, codec.error(length < FramingOptions.MIN_LENGTH ? FrameErrorKind.LENGTH_TOO_SMALL
                    : FrameErrorKind.LENGTH_TOO_LARGE, -1, boundPile, -1, in, head, 2, "length byte " + length));
            in.skipBytes(1);
            return true;
        }
        int total = length + 4;
        if (end - head < total) {
            return false;
        }
        int crc = Crc16Modbus.compute(in, head + 2, length);
        int lo = in.getUnsignedByte(head + 2 + length);
        int hi = in.getUnsignedByte(head + 3 + length);
        if (crc != (lo | hi << 8)) {
            if (options.acceptSwappedCrc() && crc == (hi | lo << 8)) {
                codec.stats().countSwappedCrc();
            } else {
                emit(out, codec.error(FrameErrorKind.BAD_CRC, in.getUnsignedByte(head + 5), boundPile,
                        in.getUnsignedShortLE(head + 2), in, head, total,
                        String.format("CRC on wire %02X %02X, computed %02X %02X", lo, hi, crc & 0xFF, crc >>> 8)));
                in.skipBytes(1);
                return true;
            }
        }
        byte[] frame = new byte[total];
        in.readBytes(frame);
        DecodeResult result = codec.decodeFrame(frame, 0, total, boundPile);
        if (result instanceof YkcPacket p && p.message() instanceof LoginRequest login) {
            boundPile = login.pileCode();
        }
        emit(out, result);
        return true;
    }

    private void emit(Consumer<? super DecodeResult> out, DecodeResult r) {
        codec.stats().record(r);
        out.accept(r);
    }
}
