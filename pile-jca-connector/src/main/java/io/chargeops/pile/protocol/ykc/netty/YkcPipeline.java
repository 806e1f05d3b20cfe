package io.chargeops.pile.protocol.ykc.netty;

import io.chargeops.pile.protocol.ykc.YkcCodec;
import io.netty.channel.ChannelPipeline;

/** Installs the YKC codec handlers under well-known names, the same way on the platform and in the simulator. */
public final class YkcPipeline {
    public static final String DECODER = "ykc-decoder";
    public static final String ENCODER = "ykc-encoder";

    private YkcPipeline() {
    }

    public static ChannelPipeline install(ChannelPipeline pipeline, YkcCodec codec) {
        return pipeline.addLast(DECODER, new YkcFrameDecoder(codec))
                .addLast(ENCODER, new YkcFrameEncoder(codec));
    }
}
