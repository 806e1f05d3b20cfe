package io.chargeops.pile.protocol.ykc;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A CRC-checked frame whose body has not been interpreted: what the decoder hands up for type codes it does not know
 * (vendor extensions, legacy 0x39/0x3F), and what tests or fault injection can send verbatim.
 *
 * @param sequence       the two sequence bytes read little-endian; written back the same way, so the raw bytes
 *                       survive whatever byte order the pile counts in
 * @param encryptionFlag 0x00 plain, 0x01 3DES
 */
public record RawFrame(int sequence, int encryptionFlag, int type, byte[] body) {
    public RawFrame {
        if (sequence < 0 || sequence > 0xFFFF || encryptionFlag < 0 || encryptionFlag > 0xFF || type < 0
                || type > 0xFF) {
            throw new IllegalArgumentException("header field out of range");
        }
        body = body.clone();
        if (body.length > 255 - 4) {
            throw new IllegalArgumentException("body too long for a one-byte length field: " + body.length);
        }
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The complete frame: 0x68, length, sequence, flag, type, body, CRC (low byte first). */
    public byte[] toBytes() {
        byte[] out = new byte[body.length + 8];
        out[0] = YkcCodec.START;
        out[1] = (byte) (body.length + 4);
        out[2] = (byte) sequence;
        out[3] = (byte) (sequence >>> 8);
        out[4] = (byte) encryptionFlag;
        out[5] = (byte) type;
        System.arraycopy(body, 0, out, 6, body.length);
        int crc = Crc16Modbus.compute(out, 2, body.length + 4);
        out[out.length - 2] = (byte) crc;
        out[out.length - 1] = (byte) (crc >>> 8);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawFrame f && f.sequence == sequence && f.encryptionFlag == encryptionFlag
                && f.type == type && Arrays.equals(f.body, body);
    }

    @Override
    public int hashCode() {
        return ((sequence * 31 + encryptionFlag) * 31 + type) * 31 + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return String.format("RawFrame[seq=%04X, enc=%02X, type=0x%02X, body=%s]", sequence, encryptionFlag, type,
                HexFormat.of().withUpperCase().formatHex(body));
    }
}
