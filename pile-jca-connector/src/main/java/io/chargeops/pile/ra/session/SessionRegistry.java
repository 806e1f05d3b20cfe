package io.chargeops.pile.ra.session;

import io.chargeops.pile.api.ConnectionStatistics;
import io.chargeops.pile.api.PileDisconnected.Reason;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every open connection by id, and every logged-in pile's current session. A pile has at most one session: binding a
 * second connection returns the first so the caller can close it. Removal is conditional on the value, so a closing
 * old connection never unbinds the new session that replaced it.
 */
public final class SessionRegistry {

    private final Map<String, PileConnection> connections = new ConcurrentHashMap<>();
    private final Map<PileCode, PileConnection> sessions = new ConcurrentHashMap<>();

    void add(PileConnection connection) {
        connections.put(connection.id, connection);
    }

    void remove(PileConnection connection) {
        connections.remove(connection.id, connection);
        PileCode pile = connection.pile;
        if (pile != null) {
            sessions.remove(pile, connection);
        }
    }

    void remove(PileCode pile, PileConnection connection) {
        sessions.remove(pile, connection);
    }

    /** @return the connection previously bound to the pile, or null */
    PileConnection bind(PileCode pile, PileConnection connection) {
        PileConnection previous = sessions.put(pile, connection);
        return previous == connection ? null : previous;
    }

    PileConnection connection(String id) {
        return connections.get(id);
    }

    PileConnection session(PileCode pile) {
        PileConnection c = sessions.get(pile);
        return c != null && c.channel.isActive() ? c : null;
    }

    public boolean isOnline(PileCode pile) {
        return session(pile) != null;
    }

    public int connectionCount() {
        return connections.size();
    }

    public int onlineCount() {
        return sessions.size();
    }

    public Collection<PileConnection> connections() {
        return connections.values();
    }

    public List<ConnectionStatistics> statistics() {
        return connections.values().stream().map(PileConnection::statistics).toList();
    }

    /** Closes every connection, e.g. when the adapter stops or the last endpoint leaves. */
    public void closeAll(Reason reason) {
        connections.values().forEach(c -> c.close(reason));
    }
}
