package io.chargeops.core.pile;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 每日对时: once a day, at {@code chargeops.pile.time-sync.daily-at} (operator's local time, default 03:00, {@code off}
 * to disable), every pile connected to this node gets a time sync (0x56), each recorded in the command log like any
 * other command. Pile clocks drift, and their TOU periods and transaction records are in their own clock. The sync
 * after each login stays as it is.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DailyTimeSync {

    private static final Logger LOG = Logger.getLogger(DailyTimeSync.class.getName());
    static final String ACTOR = "system:daily-time-sync";

    @Resource
    TimerService timers;

    @EJB
    PileRegistry piles;

    @EJB
    PileCommands commands;

    @Inject
    @ConfigProperty(name = "chargeops.pile.time-sync.daily-at", defaultValue = "03:00")
    String dailyAt;

    @Inject
    @ConfigProperty(name = "chargeops.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @PostConstruct
    void schedule() {
        if ("off".equalsIgnoreCase(dailyAt.trim())) {
            LOG.info("Daily pile time sync is off (chargeops.pile.time-sync.daily-at=off)");
            return;
        }
        LocalTime at;
        try {
            at = LocalTime.parse(dailyAt.trim());
        } catch (DateTimeParseException e) {
            LOG.warning(() -> "chargeops.pile.time-sync.daily-at='" + dailyAt + "' is not HH:mm or 'off'; using 03:00");
            at = LocalTime.of(3, 0);
        }
        ScheduleExpression daily = new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0)
                .timezone(zone);
        timers.createCalendarTimer(daily, new TimerConfig("daily-pile-time-sync", false));
        LocalTime time = at;
        LOG.info(() -> "Daily pile time sync at " + time + " " + zone);
    }

    @Timeout
    void fire() {
        syncAll();
    }

    /** Syncs every pile online here; returns how many answered. A silent or lost pile is only recorded. */
    public int syncAll() {
        List<String> online = piles.onlinePileCodes();
        int answered = 0;
        for (String code : online) {
            try {
                commands.syncTime(code, ACTOR);
                answered++;
            } catch (PileCommandFailedException e) {
                // recorded in the command log; tomorrow (or the next login) syncs again
            }
        }
        int total = answered;
        LOG.info(() -> "Daily pile time sync: " + total + " of " + online.size() + " online piles answered");
        return answered;
    }
}
