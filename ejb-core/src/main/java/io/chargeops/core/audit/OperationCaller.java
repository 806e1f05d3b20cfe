package io.chargeops.core.audit;

import java.util.Objects;

/**
 * Who is calling the services on this thread, for the operation log: a console account through the console or the
 * ops API, with the address the request came from. Set where the caller is authenticated (the console's request
 * filter, the ops API's Basic filter) and cleared when the request ends, next to {@code DataScope}; threads nobody set
 * it on (pile messages, timers, JMS) act as {@link #SYSTEM}.
 */
public record OperationCaller(String actor, Channel channel, String remoteAddress) {

    /** Through which door the change came. */
    public enum Channel { CONSOLE, API, SYSTEM }

    public static final OperationCaller SYSTEM = new OperationCaller("system", Channel.SYSTEM, null);

    private static final ThreadLocal<OperationCaller> CURRENT = new ThreadLocal<>();

    public OperationCaller {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(channel, "channel");
    }

    public static OperationCaller console(String loginPhone, String remoteAddress) {
        return new OperationCaller(loginPhone, Channel.CONSOLE, remoteAddress);
    }

    public static OperationCaller api(String loginPhone, String remoteAddress) {
        return new OperationCaller(loginPhone, Channel.API, remoteAddress);
    }

    public static OperationCaller current() {
        OperationCaller caller = CURRENT.get();
        return caller == null ? SYSTEM : caller;
    }

    public static void enter(OperationCaller caller) {
        CURRENT.set(Objects.requireNonNull(caller, "caller"));
    }

    public static void clear() {
        CURRENT.remove();
    }
}
