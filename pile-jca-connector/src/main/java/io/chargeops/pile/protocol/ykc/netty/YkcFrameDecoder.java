package io.chargeops.pile.protocol.ykc.netty;

import io.chargeops.pile.protocol.ykc.FrameScanner;
import io.chargeops.pile.protocol.ykc.YkcCodec;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Inbound handler turning bytes into {@link io.chargeops.pile.protocol.ykc.DecodeResult}s: typed packets, unknown
 * frames and frame errors all travel up as messages, so handlers see bad input in order with good input and the
 * connection is never closed by the codec. One instance per channel (it holds framing state).
 */
public final class YkcFrameDecoder extends ByteToMessageDecoder {
    private final FrameScanner scanner;

    public YkcFrameDecoder(YkcCodec codec) {
        this.scanner = codec.newScanner();
    }

    /** The pile this channel logged in as (bound automatically on a decoded 0x01), or null. */
    public PileCode boundPile() {
        return scanner.boundPile();
    }

    /** Binds the channel to a pile, e.g. when the session layer knows it before an encrypted login. */
    public void bind(PileCode pile) {
        scanner.bind(pile);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        scanner.scan(in, out::add);
    }

    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        scanner.finish(in, out::add);
    }
}
