package io.chargeops.pile.protocol.ykc;

import io.netty.buffer.ByteBuf;

/**
 * CRC-16/MODBUS (reflected poly 0xA001, init 0xFFFF), which is what the spec's table-driven {@code ModbusCRC()}
 * computes despite the text naming polynomial 0x180D. Covers sequence number through body; sent low byte first.
 */
public final class Crc16Modbus {
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int c = i;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0xA001 : c >>> 1;
            }
            TABLE[i] = c;
        }
    }

    private Crc16Modbus() {
    }

    public static int compute(byte[] data, int off, int len) {
        int crc = 0xFFFF;
        for (int i = off, end = off + len; i < end; i++) {
            crc = (crc >>> 8) ^ TABLE[(crc ^ data[i]) & 0xFF];
        }
        return crc;
    }

    public static int compute(ByteBuf data, int index, int len) {
        int crc = 0xFFFF;
        for (int i = index, end = index + len; i < end; i++) {
            crc = (crc >>> 8) ^ TABLE[(crc ^ data.getByte(i)) & 0xFF];
        }
        return crc;
    }
}
