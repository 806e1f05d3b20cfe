package io.chargeops.pile.protocol.ykc;

/**
 * What the decoder produces for each frame or stretch of bad input. The decoder never throws: bad input becomes a
 * {@link FrameError} value that travels up the pipeline like any message, so the connection survives and the
 * error can be counted, logged and attributed to a pile.
 */
public sealed interface DecodeResult permits YkcPacket, UnknownFrame, FrameError {
}
