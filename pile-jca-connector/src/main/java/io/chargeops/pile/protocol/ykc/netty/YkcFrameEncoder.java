package io.chargeops.pile.protocol.ykc.netty;

import io.chargeops.pile.protocol.ykc.RawFrame;
import io.chargeops.pile.protocol.ykc.YkcCodec;
import io.chargeops.pile.protocol.ykc.YkcPacket;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

/**
 * Outbound handler writing {@link YkcPacket}s (and {@link RawFrame}s, for replays and fault injection). A value that
 * does not fit its field fails the write's future rather than sending a corrupt frame. Stateless, so shareable.
 */
@ChannelHandler.Sharable
public final class YkcFrameEncoder extends MessageToByteEncoder<Object> {
    private final YkcCodec codec;

    public YkcFrameEncoder(YkcCodec codec) {
        this.codec = codec;
    }

    @Override
    public boolean acceptOutboundMessage(Object msg) {
        return msg instanceof YkcPacket || msg instanceof RawFrame;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Object msg, ByteBuf out) {
        if (msg instanceof YkcPacket p) {
            codec.encode(p, out);
        } else {
            codec.encode((RawFrame) msg, out);
        }
    }
}
