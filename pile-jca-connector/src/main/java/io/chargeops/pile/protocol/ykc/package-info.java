/**
 * YKC (云快充) v1.6 pile protocol, frame level: CRC-16/MODBUS, the plain (non-Netty) {@link
 * io.chargeops.pile.protocol.ykc.YkcCodec} for encoding packets and decoding byte streams, the per-connection {@link
 * io.chargeops.pile.protocol.ykc.FrameScanner} that frames and resynchronises, and the decode results (packet,
 * unknown frame, typed frame error). Container-free: only the JDK and Netty buffers, so the simulator, benchmarks and
 * tests use exactly the code the resource adapter runs.
 */
package io.chargeops.pile.protocol.ykc;
