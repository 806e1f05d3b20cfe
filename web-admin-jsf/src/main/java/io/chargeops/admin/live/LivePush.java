package io.chargeops.admin.live;

import io.chargeops.core.report.LiveBoard;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells open live boards to refresh when something they show changed. Works the same in both runtime shapes: the
 * ticker runs inside the console's own module and asks ejb-core's {@code LiveBoard} like any screen does, so it needs
 * no event crossing from the EJB module into the WAR (which an EAR would not deliver).
 */
@ApplicationScoped
public class LivePush {

    private static final Logger LOG = Logger.getLogger(LivePush.class.getName());
    static final String REFRESH = "refresh";

    @Inject
    @Push(channel = "live")
    PushContext channel;

    @EJB
    LiveBoard board;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile Integer last;
    private ScheduledFuture<?> ticker;

    void start(@Observes @Initialized(ApplicationScoped.class) Object context) {
        ticker = scheduler.scheduleWithFixedDelay(this::tick, 5, 2, TimeUnit.SECONDS);
    }

    void tick() {
        try {
            int now = board.fingerprint();
            if (last != null && last != now) {
                channel.send(REFRESH);
            }
            last = now;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "live board not checked: " + e, e);
        }
    }

    @PreDestroy
    void stop() {
        if (ticker != null) {
            ticker.cancel(false);
        }
    }
}
