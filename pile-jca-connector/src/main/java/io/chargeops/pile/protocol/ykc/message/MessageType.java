package io.chargeops.pile.protocol.ykc.message;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.wire.BodyReader;
import io.chargeops.pile.protocol.ykc.wire.BodyWriter;
import io.chargeops.pile.protocol.ykc.wire.Field;
import io.chargeops.pile.protocol.ykc.wire.Fields;
import io.chargeops.pile.protocol.ykc.wire.MalformedBodyException;
import io.chargeops.pile.protocol.ykc.wire.RecordSchema;

/**
 * Descriptor of one frame type: its code, direction and body layout. Also knows where the pile code sits in the body
 * so that even a frame that fails to decode can be attributed to a pile in error reports.
 */
public final class MessageType<M extends Record & YkcMessage> {
    private final int code;
    private final Direction direction;
    private final String title;
    private final RecordSchema<M> schema;
    private final int pileCodeOffset;

    private MessageType(int code, Direction direction, String title, RecordSchema<M> schema) {
        if ((code & 1) != (direction == Direction.PILE_TO_PLATFORM ? 1 : 0)) {
            // the spec's rule: piles use odd codes, the platform even ones
            throw new IllegalArgumentException("direction contradicts code parity: 0x" + Integer.toHexString(code));
        }
        this.code = code;
        this.direction = direction;
        this.title = title;
        this.schema = schema;
        int offset = 0;
        int found = -1;
        for (Field f : schema.fields()) {
            if (f instanceof Fields.Bcd<?> b && b.type() == PileCode.class) {
                found = offset;
                break;
            }
            if (f.size() < 0) {
                break;
            }
            offset += f.size();
        }
        this.pileCodeOffset = found;
    }

    public static <M extends Record & YkcMessage> MessageType<M> of(int code, Direction direction, String title,
            Class<M> type, Field... fields) {
        return new MessageType<>(code, direction, title, RecordSchema.of(type, fields));
    }

    public int code() {
        return code;
    }

    public Direction direction() {
        return direction;
    }

    /** The spec's name of the frame. */
    public String title() {
        return title;
    }

    public Class<M> messageClass() {
        return schema.type();
    }

    public RecordSchema<M> schema() {
        return schema;
    }

    /** Body offset of the pile code, or -1 when the body has none (0x40). */
    public int pileCodeOffset() {
        return pileCodeOffset;
    }

    /** Fixed body length, or -1 for the variable-length offline-card frames. */
    public int bodyLength() {
        return schema.fixedSize();
    }

    /** Decodes a complete body; a short body, trailing bytes or a bad field value all raise {@link MalformedBodyException}. */
    public M decode(byte[] body, int off, int len) {
        if (schema.fixedSize() >= 0 && len != schema.fixedSize()) {
            throw new MalformedBodyException("0x" + hex() + " body must be " + schema.fixedSize() + " bytes, was " + len);
        }
        BodyReader in = new BodyReader(body, off, len);
        M m = schema.read(in);
        if (in.remaining() != 0) {
            throw new MalformedBodyException(in.remaining() + " trailing bytes after 0x" + hex() + " body");
        }
        return m;
    }

    public void encode(YkcMessage message, BodyWriter out) {
        schema.write(out, schema.type().cast(message));
    }

    public byte[] encode(YkcMessage message) {
        BodyWriter out = new BodyWriter(Math.max(16, schema.fixedSize()));
        encode(message, out);
        return out.toByteArray();
    }

    private String hex() {
        return String.format("%02X", code);
    }

    @Override
    public String toString() {
        return "0x" + hex() + " " + schema.type().getSimpleName();
    }
}
