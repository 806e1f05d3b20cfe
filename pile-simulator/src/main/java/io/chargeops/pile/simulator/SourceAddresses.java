package io.chargeops.pile.simulator;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * Chooses the local address each simulated pile connects from. One source IP can hold only about 28k connections to
 * the same server port (the ephemeral port range), so large fleets against a loopback server spread over 127.0.0.x,
 * all of which Linux routes to the loopback interface without configuration.
 */
public final class SourceAddresses {
    private SourceAddresses() {
    }

    /** 127.0.0.{@code lastOctet}, port chosen by the OS. */
    public static InetSocketAddress loopback(int lastOctet) {
        if (lastOctet < 1 || lastOctet > 254) {
            throw new IllegalArgumentException("127.0.0.1-254 only, not 127.0.0." + lastOctet);
        }
        try {
            return new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) lastOctet}), 0);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @return the address for pile number {@code index}, or null (let the OS choose) when everything fits one address
     *         or the server is not on loopback
     */
    public static InetSocketAddress forPile(int index, int piles, int perAddress, InetSocketAddress server) {
        InetAddress target = server.getAddress();
        if (piles <= perAddress || target == null || !target.isLoopbackAddress()) {
            return null;
        }
        int n = index / perAddress;
        if (n > 253) {
            throw new IllegalArgumentException("more piles than 127.0.0.1-254 can carry at " + perAddress + " each");
        }
        try {
            return new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) (1 + n)}), 0);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
