package io.chargeops.core.ops;

import io.chargeops.core.identity.ConsoleAccounts;
import io.chargeops.core.merchant.Merchants;
import io.chargeops.core.persistence.TestDatabase;
import io.chargeops.core.pile.DailyTimeSync;
import io.chargeops.core.pile.LivePiles;
import io.chargeops.core.pile.PileCommandLog;
import io.chargeops.core.pile.PileCommands;
import io.chargeops.core.pile.PileMetrics;
import io.chargeops.core.pile.PileRecords;
import io.chargeops.core.pile.PileRegistry;
import io.chargeops.core.station.StationDirectory;
import io.chargeops.core.station.StationService;
import io.chargeops.core.tariff.BillingModels;
import io.chargeops.core.tariff.TariffActivation;
import io.chargeops.core.tariff.TariffIssueLog;
import io.chargeops.core.tariff.TariffIssueTrigger;
import io.chargeops.core.tariff.TariffIssues;
import io.chargeops.core.tariff.TariffService;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The ops services wired by hand over one entity manager on a fresh demo database, with an in-memory pile connector.
 * Each top-level call runs in one transaction ({@link #tx}); timers are recorded instead of scheduled, and tests fire
 * them by calling {@link TariffIssues} as the timer would.
 */
final class OpsWorld implements AutoCloseable {

    record Scheduled(Long versionId, Instant at, Long templateId, List<String> pileCodes, TariffIssueTrigger trigger) {
    }

    final TestDatabase db = TestDatabase.withDemoData();
    final EntityManager em = db.emf.createEntityManager();
    final OpsGateway gateway = new OpsGateway();
    final LivePiles live = new LivePiles();
    final List<Scheduled> timers = new ArrayList<>();

    final Merchants merchants = new Merchants();
    final StationDirectory stationDirectory = new StationDirectory();
    final StationService stations = new StationService();
    final RecordingEvent<io.chargeops.core.station.StationChanged> stationChanges = new RecordingEvent<>();
    final TariffService tariffs = new TariffService();
    final BillingModels billingModels = new BillingModels();
    /** REQUIRES_NEW in the container: here a transaction of its own unless the test's call already runs in one. */
    final TariffIssueLog issueLog = new TariffIssueLog() {
        @Override
        public List<Long> due(Instant now) {
            return own(() -> super.due(now));
        }

        @Override
        public java.util.Optional<Activated> markActivated(Long versionId, Instant now) {
            return own(() -> super.markActivated(versionId, now));
        }

        @Override
        public long opened(io.chargeops.core.tariff.BillingModels.InForce model, String pileCode,
                           TariffIssueTrigger trigger, String actor, Instant at) {
            return own(() -> super.opened(model, pileCode, trigger, actor, at));
        }

        @Override
        public io.chargeops.core.tariff.TariffIssueView closed(long id, io.chargeops.core.tariff.TariffIssueResult result,
                                                               String detail, Instant at) {
            return own(() -> super.closed(id, result, detail, at));
        }
    };
    final TariffIssues issues = new TariffIssues();
    final PileRegistry piles = new PileRegistry();
    final io.chargeops.core.pile.PileCatalogue catalogue = new io.chargeops.core.pile.PileCatalogue();
    /** Only its order lookups are used here (a pile's unbinding asks whether an order is in progress). */
    final io.chargeops.core.charging.ChargingOrders orders = new io.chargeops.core.charging.ChargingOrders();
    final PileRecords records = new PileRecords();
    final PileCommandLog commandLog = new PileCommandLog() {
        @Override
        public long opened(String pileCode, Integer gunNo, String commandType, int frameType, String payloadSummary,
                           String actor, Instant sentAt) {
            return own(() -> super.opened(pileCode, gunNo, commandType, frameType, payloadSummary, actor, sentAt));
        }

        @Override
        public void closed(long id, io.chargeops.core.pile.PileCommandResult result, String answerSummary, Instant at) {
            own(() -> {
                super.closed(id, result, answerSummary, at);
                return null;
            });
        }
    };
    final PileCommands commands = new PileCommands();
    final ConsoleAccounts accounts = new ConsoleAccounts();
    final io.chargeops.core.audit.OperationLog operationLog = new io.chargeops.core.audit.OperationLog();
    final io.chargeops.core.identity.ConsoleMenus menus = new io.chargeops.core.identity.ConsoleMenus();
    final io.chargeops.core.identity.ConsoleRoles roles = new io.chargeops.core.identity.ConsoleRoles();
    final io.chargeops.core.identity.ConsoleAccountManagement accountManagement =
            new io.chargeops.core.identity.ConsoleAccountManagement();
    final DailyTimeSync daily = new DailyTimeSync();
    final TariffActivation activation = new TariffActivation() {
        @Override
        public void activateAt(Long versionId, Instant at) {
            timers.add(new Scheduled(versionId, at, null, null, TariffIssueTrigger.VERSION));
        }

        @Override
        public void issueAfterCommit(Long templateId, List<String> pileCodes, TariffIssueTrigger trigger, String actor) {
            timers.add(new Scheduled(null, null, templateId, List.copyOf(pileCodes), trigger));
        }
    };

    OpsWorld() {
        for (Object bean : List.of(merchants, stationDirectory, stations, tariffs, billingModels, issueLog, piles, records,
                commandLog, accounts, catalogue, orders, operationLog, menus, roles, accountManagement)) {
            set(bean, "em", em);
        }
        for (Object bean : List.of(stations, tariffs, piles, commandLog, roles, accountManagement, catalogue)) {
            set(bean, "operationLog", operationLog);
        }
        set(roles, "menus", menus);
        set(roles, "merchants", merchants);
        set(accountManagement, "menus", menus);
        set(accountManagement, "merchants", merchants);
        set(stations, "merchants", merchants);
        set(stations, "stationChanges", stationChanges);
        set(piles, "stationChanges", stationChanges);
        set(stations, "tariffs", tariffs);
        set(tariffs, "merchants", merchants);
        set(tariffs, "stationDirectory", stationDirectory);
        set(tariffs, "stations", stations);
        set(tariffs, "piles", piles);
        set(tariffs, "activation", activation);
        set(piles, "live", live);
        set(piles, "stations", stationDirectory);
        set(piles, "tariffs", tariffs);
        set(piles, "catalogue", catalogue);
        set(piles, "orders", orders);
        set(issues, "log", issueLog);
        set(issues, "billingModels", billingModels);
        set(issues, "commands", commands);
        set(issues, "piles", piles);
        set(commands, "gateways", gateway);
        set(commands, "commandLog", commandLog);
        set(commands, "metrics", new PileMetrics());
        set(commands, "live", live);
        set(commands, "timeoutSeconds", 1);
        set(commands, "zone", "Asia/Shanghai");
        set(accounts, "operatingRoles", "PLATFORM_ADMIN,OPERATOR");
        set(daily, "piles", piles);
        set(daily, "commands", commands);
    }

    /** Runs {@code work} in one transaction, as the container runs a business method. */
    <T> T tx(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.clear();
        }
    }

    private <T> T own(Supplier<T> work) {
        if (em.getTransaction().isActive()) {
            return work.get();
        }
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        }
    }

    void run(Runnable work) {
        tx(() -> {
            work.run();
            return null;
        });
    }

    /** A pile connected to the connector and to the live registry, as after an accepted login. */
    void online(String pileCode) {
        gateway.online.add(pileCode);
        live.online(pileCode, "conn-" + pileCode, java.util.Map.of(1, io.chargeops.core.pile.GunState.IDLE), Instant.now());
    }

    <T> List<T> rows(String jpql, Class<T> type) {
        EntityManager reader = db.emf.createEntityManager();
        try {
            return reader.createQuery(jpql, type).getResultList();
        } finally {
            reader.close();
        }
    }

    static void set(Object bean, String name, Object value) {
        for (Class<?> c = bean.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                field.set(bean, value);
                return;
            } catch (NoSuchFieldException e) {
                // look further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(bean.getClass() + " has no field " + name);
    }

    @Override
    public void close() {
        em.close();
        db.close();
    }
}
