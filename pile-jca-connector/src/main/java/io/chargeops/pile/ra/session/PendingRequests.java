package io.chargeops.pile.ra.session;

import io.chargeops.pile.protocol.ykc.message.YkcMessage;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Commands of one connection awaiting their answer. The IO thread completes a waiter's future (cheap, never blocks);
 * the waiting caller sits on its own container thread. Several waiters with the same key are served in order.
 */
final class PendingRequests {

    private final Map<Correlation.Key, ConcurrentLinkedDeque<CompletableFuture<YkcMessage>>> waiting =
            new ConcurrentHashMap<>();

    CompletableFuture<YkcMessage> register(Correlation.Key key) {
        CompletableFuture<YkcMessage> future = new CompletableFuture<>();
        waiting.computeIfAbsent(key, k -> new ConcurrentLinkedDeque<>()).addLast(future);
        return future;
    }

    void remove(Correlation.Key key, CompletableFuture<YkcMessage> future) {
        waiting.computeIfPresent(key, (k, q) -> {
            q.remove(future);
            return q.isEmpty() ? null : q;
        });
    }

    /** @return whether a waiter took the answer (then it must not be delivered as an event) */
    boolean complete(YkcMessage answer) {
        if (waiting.isEmpty()) {
            return false; // the common case: nobody waits, skip computing a key
        }
        Correlation.Key key = Correlation.forAnswer(answer);
        ConcurrentLinkedDeque<CompletableFuture<YkcMessage>> queue = waiting.get(key);
        if (queue == null) {
            return false;
        }
        CompletableFuture<YkcMessage> next;
        while ((next = queue.pollFirst()) != null) {
            if (next.complete(answer)) {
                waiting.computeIfPresent(key, (k, q) -> q.isEmpty() ? null : q);
                return true;
            }
        }
        return false;
    }

    void failAll(Throwable cause) {
        waiting.values().forEach(q -> q.forEach(f -> f.completeExceptionally(cause)));
        waiting.clear();
    }
}
