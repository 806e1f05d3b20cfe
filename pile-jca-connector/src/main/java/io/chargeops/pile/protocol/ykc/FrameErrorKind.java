package io.chargeops.pile.protocol.ykc;

public enum FrameErrorKind {
    /** Bytes before the next 0x68 start marker. */
    GARBAGE,
    /** Length byte below 4 (sequence + flag + type). */
    LENGTH_TOO_SMALL,
    /** Length byte above the configured maximum. */
    LENGTH_TOO_LARGE,
    /** CRC-16/MODBUS mismatch (in either byte order, when swapped CRCs are tolerated). */
    BAD_CRC,
    /** The connection ended inside a frame. */
    TRUNCATED,
    /** CRC is fine but the body does not fit its type (length, BCD digit, code value, date). */
    MALFORMED_BODY,
    /** Encryption flag other than 0x00/0x01. */
    UNSUPPORTED_ENCRYPTION,
    /** 3DES body but no key configured for the pile. */
    NO_KEY,
    /** 3DES body that would not decrypt with the configured key. */
    DECRYPTION_FAILED,
    /** A defect in the codec itself; reported rather than thrown so the connection survives. */
    INTERNAL
}
