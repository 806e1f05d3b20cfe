package io.chargeops.pile.protocol.ykc;

import io.chargeops.pile.protocol.ykc.crypto.EncryptionKeys;
import io.chargeops.pile.protocol.ykc.crypto.TripleDes;
import io.chargeops.pile.protocol.ykc.message.MessageRegistry;
import io.chargeops.pile.protocol.ykc.message.MessageType;
import io.chargeops.pile.protocol.ykc.message.YkcMessage;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.wire.BodyReader;
import io.chargeops.pile.protocol.ykc.wire.BodyWriter;
import io.chargeops.pile.protocol.ykc.wire.MalformedBodyException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The YKC frame codec without Netty pipeline plumbing: encode packets to bytes, decode bytes to
 * {@link DecodeResult}s. Thread-safe; per-connection state (partial frames, the logged-in pile) lives in
 * {@link FrameScanner}, one per connection.
 */
public final class YkcCodec {
    public static final byte START = 0x68;
    /** Start marker, length, sequence (2), flag, type, CRC (2). */
    public static final int OVERHEAD = 8;
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();
    private static final YkcCodec STANDARD = builder().build();
    private static final ThreadLocal<BodyWriter> WRITERS = ThreadLocal.withInitial(() -> new BodyWriter(256));

    private final MessageRegistry registry;
    private final FramingOptions options;
    private final EncryptionKeys keys;
    private final YkcStats stats;

    private YkcCodec(Builder b) {
        this.registry = b.registry;
        this.options = b.options;
        this.keys = b.keys;
        this.stats = b.stats;
    }

    /** Standard v1.6 registry, default framing, no encryption keys, private counters. */
    public static YkcCodec standard() {
        return STANDARD;
    }

    public static Builder builder() {
        return new Builder();
    }

    public MessageRegistry registry() {
        return registry;
    }

    public FramingOptions options() {
        return options;
    }

    public YkcStats stats() {
        return stats;
    }

    public FrameScanner newScanner() {
        return new FrameScanner(this);
    }

    // ---- encoding ------------------------------------------------------------------------------------------------

    public byte[] encode(int sequence, YkcMessage message) {
        return encode(YkcPacket.of(sequence, message));
    }

    public byte[] encode(YkcPacket packet) {
        ByteBuf buf = Unpooled.buffer(OVERHEAD + 200);
        encode(packet, buf);
        byte[] out = new byte[buf.readableBytes()];
        buf.readBytes(out);
        return out;
    }

    /**
     * Appends the packet's frame to {@code out}.
     *
     * @throws IllegalArgumentException if the message holds a value its field cannot carry, or no key is configured
     *                                  for an encrypted packet
     */
    public void encode(YkcPacket packet, ByteBuf out) {
        YkcMessage message = packet.message();
        MessageType<?> type = registry.forClass(message.getClass())
                .orElseThrow(() -> new IllegalArgumentException("type not registered: " + message.getClass()));
        BodyWriter w = WRITERS.get();
        w.reset();
        type.encode(message, w);
        byte[] body = w.array();
        int bodyLen = w.size();
        if (packet.encrypted()) {
            byte[] key = keys.keyFor(Optional.of(message.pileCode())).orElseThrow(
                    () -> new IllegalArgumentException("no 3DES key configured for pile " + message.pileCode()));
            try {
                body = TripleDes.encrypt(key, java.util.Arrays.copyOf(body, bodyLen));
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("3DES encryption failed: " + e.getMessage(), e);
            }
            bodyLen = body.length;
        }
        writeFrame(out, packet.sequence(), packet.encrypted() ? 1 : 0, type.code(), body, 0, bodyLen);
    }

    public void encode(RawFrame frame, ByteBuf out) {
        byte[] body = frame.body();
        writeFrame(out, frame.sequence(), frame.encryptionFlag(), frame.type(), body, 0, body.length);
    }

    private void writeFrame(ByteBuf out, int seq, int flag, int type, byte[] body, int off, int len) {
        int length = len + 4;
        if (length > options.maxLength()) {
            throw new IllegalArgumentException("frame length " + length + " exceeds " + options.maxLength());
        }
        int start = out.writerIndex();
        out.ensureWritable(len + OVERHEAD);
        out.writeByte(START);
        out.writeByte(length);
        out.writeShortLE(seq);
        out.writeByte(flag);
        out.writeByte(type);
        out.writeBytes(body, off, len);
        out.writeShortLE(Crc16Modbus.compute(out, start + 2, length));
    }

    // ---- decoding ------------------------------------------------------------------------------------------------

    /** Decodes every frame in {@code stream}; a trailing partial frame is reported as {@link FrameErrorKind#TRUNCATED}. */
    public List<DecodeResult> decodeAll(byte[] stream) {
        List<DecodeResult> out = new ArrayList<>();
        FrameScanner scanner = newScanner();
        ByteBuf buf = Unpooled.wrappedBuffer(stream);
        scanner.scan(buf, out::add);
        scanner.finish(buf, out::add);
        return out;
    }

    /** Decodes exactly one frame; anything else in {@code frame} (garbage, a second frame) is an error. */
    public DecodeResult decode(byte[] frame) {
        List<DecodeResult> all = decodeAll(frame);
        if (all.size() == 1) {
            return all.get(0);
        }
        return all.stream().filter(r -> r instanceof FrameError).findFirst()
                .orElseGet(() -> error(FrameErrorKind.MALFORMED_BODY, -1, null, -1, frame, 0, frame.length,
                        "expected exactly one frame, found " + all.size()));
    }

    /**
     * Interprets one CRC-checked frame held in {@code frame[off .. off+total)}. Never throws.
     */
    DecodeResult decodeFrame(byte[] frame, int off, int total, PileCode boundPile) {
        int seq = (frame[off + 2] & 0xFF) | (frame[off + 3] & 0xFF) << 8;
        int flag = frame[off + 4] & 0xFF;
        int type = frame[off + 5] & 0xFF;
        int bodyOff = off + 6;
        int bodyLen = total - OVERHEAD;
        MessageType<?> mt = registry.forCodeOrNull(type);
        try {
            byte[] body = frame;
            if (flag == 1) {
                Optional<byte[]> key = keys.keyFor(Optional.ofNullable(boundPile));
                if (key.isEmpty()) {
                    return error(FrameErrorKind.NO_KEY, type, boundPile, seq, frame, off, total,
                            "3DES-encrypted frame but no key configured for "
                                    + (boundPile == null ? "an unidentified pile" : "pile " + boundPile));
                }
                try {
                    body = TripleDes.decrypt(key.get(), java.util.Arrays.copyOfRange(frame, bodyOff, bodyOff + bodyLen));
                } catch (GeneralSecurityException e) {
                    return error(FrameErrorKind.DECRYPTION_FAILED, type, boundPile, seq, frame, off, total,
                            e.getMessage());
                }
                bodyOff = 0;
                bodyLen = body.length;
            } else if (flag != 0) {
                return error(FrameErrorKind.UNSUPPORTED_ENCRYPTION, type, pileCodeOf(mt, frame, bodyOff, bodyLen,
                        boundPile), seq, frame, off, total, "encryption flag 0x" + Integer.toHexString(flag));
            }
            if (mt == null) {
                return new UnknownFrame(new RawFrame(seq, flag, type,
                        java.util.Arrays.copyOfRange(body, bodyOff, bodyOff + bodyLen)));
            }
            try {
                return new YkcPacket(seq, flag == 1, mt.decode(body, bodyOff, bodyLen));
            } catch (MalformedBodyException | IllegalArgumentException e) {
                return error(FrameErrorKind.MALFORMED_BODY, type, pileCodeOf(mt, body, bodyOff, bodyLen, boundPile),
                        seq, frame, off, total, e.getMessage());
            }
        } catch (RuntimeException e) {
            return error(FrameErrorKind.INTERNAL, type, boundPile, seq, frame, off, total, e.toString());
        }
    }

    private static PileCode pileCodeOf(MessageType<?> mt, byte[] body, int off, int len, PileCode fallback) {
        if (mt == null || mt.pileCodeOffset() < 0 || mt.pileCodeOffset() + 7 > len) {
            return fallback;
        }
        try {
            return PileCode.of(new BodyReader(body, off + mt.pileCodeOffset(), 7).bcd(7));
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    FrameError error(FrameErrorKind kind, int type, PileCode pile, int seq, byte[] data, int off, int len,
            String detail) {
        return new FrameError(kind, type, pile, seq, len, hex(data, off, len), detail);
    }

    FrameError error(FrameErrorKind kind, int type, PileCode pile, int seq, ByteBuf data, int index, int len,
            String detail) {
        int shown = Math.min(len, options.hexDumpLimit());
        byte[] dump = new byte[shown];
        data.getBytes(index, dump);
        return new FrameError(kind, type, pile, seq, len, hex(dump, 0, shown) + (shown < len ? " …" : ""), detail);
    }

    private String hex(byte[] data, int off, int len) {
        int shown = Math.min(len, options.hexDumpLimit());
        return HEX.formatHex(data, off, off + shown) + (shown < len ? " …" : "");
    }

    /** Configures a codec; unset parts default to the standard registry, default framing, no keys, fresh counters. */
    public static final class Builder {
        private MessageRegistry registry = MessageRegistry.standard();
        private FramingOptions options = FramingOptions.DEFAULT;
        private EncryptionKeys keys = EncryptionKeys.NONE;
        private YkcStats stats = new YkcStats();

        public Builder registry(MessageRegistry registry) {
            this.registry = registry;
            return this;
        }

        public Builder options(FramingOptions options) {
            this.options = options;
            return this;
        }

        public Builder keys(EncryptionKeys keys) {
            this.keys = keys;
            return this;
        }

        public Builder stats(YkcStats stats) {
            this.stats = stats;
            return this;
        }

        public YkcCodec build() {
            return new YkcCodec(this);
        }
    }
}
