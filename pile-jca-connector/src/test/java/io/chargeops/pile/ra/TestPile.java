package io.chargeops.pile.ra;

import io.chargeops.pile.protocol.ykc.DecodeResult;
import io.chargeops.pile.protocol.ykc.FrameScanner;
import io.chargeops.pile.protocol.ykc.YkcCodec;
import io.chargeops.pile.protocol.ykc.YkcPacket;
import io.chargeops.pile.protocol.ykc.message.Heartbeat;
import io.chargeops.pile.protocol.ykc.message.LoginRequest;
import io.chargeops.pile.protocol.ykc.message.YkcMessage;
import io.chargeops.pile.protocol.ykc.types.Carrier;
import io.chargeops.pile.protocol.ykc.types.GunHealth;
import io.chargeops.pile.protocol.ykc.types.NetworkType;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.PileType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A pile over a plain socket, frames built with the real codec; a reader thread collects what the platform sends. */
final class TestPile implements AutoCloseable {

    static final YkcCodec CODEC = YkcCodec.standard();

    final PileCode code;
    final Socket socket;
    private final OutputStream out;
    final BlockingQueue<DecodeResult> received = new LinkedBlockingQueue<>();
    volatile boolean endOfStream;
    private final Thread reader;

    TestPile(PileCode code, int port) throws IOException {
        this.code = code;
        this.socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        reader = new Thread(this::read, "test-pile-" + code);
        reader.setDaemon(true);
        reader.start();
    }

    static LoginRequest loginOf(PileCode pile) {
        return new LoginRequest(pile, PileType.DC, 2, LoginRequest.PROTOCOL_V16, "TEST-1.0", NetworkType.LAN,
                "00".repeat(10), Carrier.OTHER);
    }

    void login(int seq) throws IOException {
        send(seq, loginOf(code));
    }

    void heartbeat(int seq, int gun) throws IOException {
        send(seq, new Heartbeat(code, gun, GunHealth.NORMAL));
    }

    synchronized void send(int seq, YkcMessage message) throws IOException {
        out.write(CODEC.encode(seq, message));
        out.flush();
    }

    synchronized void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The next frame from the platform, or null after the timeout. */
    YkcPacket next(long timeoutMillis) throws InterruptedException {
        DecodeResult r = received.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        return r instanceof YkcPacket p ? p : null;
    }

    boolean awaitClosedByPlatform(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!endOfStream && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        return endOfStream;
    }

    private void read() {
        FrameScanner scanner = CODEC.newScanner();
        ByteBuf buf = Unpooled.buffer();
        byte[] chunk = new byte[4096];
        try {
            InputStream in = socket.getInputStream();
            int n;
            while ((n = in.read(chunk)) >= 0) {
                buf.writeBytes(chunk, 0, n);
                scanner.scan(buf, received::add);
                buf.discardReadBytes();
            }
        } catch (IOException e) {
            // reset or closed by the test
        } finally {
            endOfStream = true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
