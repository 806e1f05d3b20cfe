package io.chargeops.core.pile;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What this node knows right now about the piles connected to it: the connection that is each pile's session and
 * each gun's state. Heartbeats (every 10 s per gun) and idle real-time data land here and never touch the database;
 * callers write a gun row only when {@link #changeGun} reports a change (ARCHITECTURE §2). When nodes are clustered
 * this becomes a cluster map; the methods stay the same.
 *
 * <p>Events of one connection arrive in order, but two connections of the same pile (a re-login) are delivered in
 * parallel, so every compound update of a pile happens under that pile's lock, and a disconnect only takes a pile
 * offline when it closes the connection that is still the pile's session.
 */
@ApplicationScoped
public class LivePiles {

    private final ConcurrentMap<String, LivePile> piles = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> remoteAddresses = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    /** A gun whose state changed, to be written to the database. */
    public record GunChange(String pileCode, int gunNo, GunState from, GunState to, Instant at) {
    }

    public void connected(String connectionId, String remoteAddress) {
        if (remoteAddress != null) {
            remoteAddresses.put(connectionId, remoteAddress);
        }
    }

    /** Where a connection came from, for log lines about piles that have not logged in yet. */
    public String remoteAddress(String connectionId) {
        return remoteAddresses.getOrDefault(connectionId, "?");
    }

    /** A login was accepted on {@code connectionId}: it is now the pile's session; guns start from their stored state. */
    public void online(String pileCode, String connectionId, Map<Integer, GunState> storedGunStates, Instant at) {
        LivePile pile = piles.computeIfAbsent(pileCode, code -> new LivePile());
        synchronized (pile) {
            pile.connectionId = connectionId;
            pile.online = true;
            pile.since = at;
            pile.guns.keySet().retainAll(storedGunStates.keySet());
            storedGunStates.forEach(pile.guns::putIfAbsent);
        }
        changes.incrementAndGet();
    }

    /**
     * The pile's gun reported {@code state}. Returns the change when it differs from what this node knew, empty when
     * nothing changed, the pile is not online here, or it has no such gun.
     */
    public Optional<GunChange> changeGun(String pileCode, int gunNo, java.util.function.UnaryOperator<GunState> newState,
                                         Instant at) {
        LivePile pile = piles.get(pileCode);
        if (pile == null) {
            return Optional.empty();
        }
        synchronized (pile) {
            GunState current = pile.guns.get(gunNo);
            if (!pile.online || current == null) {
                return Optional.empty();
            }
            pile.lastSeen = at;
            GunState next = newState.apply(current);
            if (next == current) {
                return Optional.empty();
            }
            pile.guns.put(gunNo, next);
            changes.incrementAndGet();
            return Optional.of(new GunChange(pileCode, gunNo, current, next, at));
        }
    }

    /**
     * {@code connectionId} closed. Takes the pile offline (every gun OFFLINE) only when that connection is still the
     * pile's session: a late close of a replaced connection must not undo the newer login.
     *
     * @return whether the pile went offline
     */
    public boolean offline(String pileCode, String connectionId) {
        remoteAddresses.remove(connectionId);
        LivePile pile = piles.get(pileCode);
        if (pile == null) {
            return false;
        }
        synchronized (pile) {
            if (!pile.online || !connectionId.equals(pile.connectionId)) {
                return false;
            }
            pile.online = false;
            pile.guns.replaceAll((gunNo, state) -> GunState.OFFLINE);
            changes.incrementAndGet();
            return true;
        }
    }

    /**
     * The pile was unbound (解绑): its guns are gone, so what its open session still reports changes nothing here (no
     * gun rows to write); the billing model it held was its old merchant's. Its next login is handled as a free pile's.
     */
    public void unbound(String pileCode) {
        LivePile pile = piles.get(pileCode);
        if (pile == null) {
            return;
        }
        synchronized (pile) {
            pile.guns.clear();
            pile.billingModel = null;
        }
        changes.incrementAndGet();
    }

    /** How many times a pile came online, went offline or was unbound, or a gun changed state, on this node. */
    public long changes() {
        return changes.get();
    }

    public void disconnected(String connectionId) {
        remoteAddresses.remove(connectionId);
    }

    public boolean isOnline(String pileCode) {
        LivePile pile = piles.get(pileCode);
        return pile != null && pile.online;
    }

    /** The connection that is the pile's session, if it is online here. */
    public Optional<String> session(String pileCode) {
        LivePile pile = piles.get(pileCode);
        if (pile == null) {
            return Optional.empty();
        }
        synchronized (pile) {
            return pile.online ? Optional.of(pile.connectionId) : Optional.empty();
        }
    }

    /** The gun's state as last reported, if this node has seen the pile since it started. */
    public Optional<GunState> gunState(String pileCode, int gunNo) {
        LivePile pile = piles.get(pileCode);
        return pile == null ? Optional.empty() : Optional.ofNullable(pile.guns.get(gunNo));
    }

    /**
     * Counts a rejected frame against its pile; returns the pile's total on this node, or 0 for a pile that never
     * logged in here (garbage must not be able to grow this map).
     */
    public long frameRejected(String pileCode) {
        LivePile pile = piles.get(pileCode);
        return pile == null ? 0 : pile.rejectedFrames.incrementAndGet();
    }

    public long onlineCount() {
        return piles.values().stream().filter(p -> p.online).count();
    }

    /** The pile's billing model as last verified or set (kept while the node runs; every login verifies again). */
    public void billingModel(String pileCode, BillingModelCheck check) {
        piles.computeIfAbsent(pileCode, code -> new LivePile()).billingModel = check;
    }

    public Optional<BillingModelCheck> billingModelOf(String pileCode) {
        return Optional.ofNullable(piles.get(pileCode)).map(p -> p.billingModel);
    }

    private static final class LivePile {
        final ConcurrentMap<Integer, GunState> guns = new ConcurrentHashMap<>();
        final AtomicLong rejectedFrames = new AtomicLong();
        volatile String connectionId;
        volatile boolean online;
        volatile Instant since;
        volatile Instant lastSeen;
        volatile BillingModelCheck billingModel;
    }
}
