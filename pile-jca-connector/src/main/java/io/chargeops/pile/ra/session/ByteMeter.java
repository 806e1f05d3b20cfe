package io.chargeops.pile.ra.session;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;

/** First handler of every pipeline: counts raw bytes both ways, before decoding and after encoding. */
@ChannelHandler.Sharable
final class ByteMeter extends ChannelDuplexHandler {

    private final SessionCounters counters;

    ByteMeter(SessionCounters counters) {
        this.counters = counters;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof ByteBuf buf) {
            int n = buf.readableBytes();
            counters.bytesIn.add(n);
            PileConnection c = ctx.channel().attr(PileChannelHandler.CONNECTION).get();
            if (c != null) {
                c.bytesIn.add(n);
            }
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof ByteBuf buf) {
            int n = buf.readableBytes();
            counters.bytesOut.add(n);
            PileConnection c = ctx.channel().attr(PileChannelHandler.CONNECTION).get();
            if (c != null) {
                c.bytesOut.add(n);
            }
        }
        ctx.write(msg, promise);
    }
}
