package io.chargeops.core.pile;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.core.persistence.TestDatabase;
import io.chargeops.core.tariff.BillingModels;
import io.chargeops.pile.api.PileDisconnected;
import io.chargeops.pile.api.PileMessageReceived;
import io.chargeops.pile.protocol.ykc.YkcPacket;
import io.chargeops.pile.protocol.ykc.message.BillingModel;
import io.chargeops.pile.protocol.ykc.message.BillingModelVerifyRequest;
import io.chargeops.pile.protocol.ykc.message.BillingModelVerifyResponse;
import io.chargeops.pile.protocol.ykc.message.Heartbeat;
import io.chargeops.pile.protocol.ykc.message.LoginRequest;
import io.chargeops.pile.protocol.ykc.message.LoginResponse;
import io.chargeops.pile.protocol.ykc.message.RealTimeData;
import io.chargeops.pile.protocol.ykc.message.Tariff;
import io.chargeops.pile.protocol.ykc.message.YkcMessage;
import io.chargeops.pile.protocol.ykc.types.BillingModelId;
import io.chargeops.pile.protocol.ykc.types.Carrier;
import io.chargeops.pile.protocol.ykc.types.GunHealth;
import io.chargeops.pile.protocol.ykc.types.GunHomed;
import io.chargeops.pile.protocol.ykc.types.GunStatus;
import io.chargeops.pile.protocol.ykc.types.LoginResult;
import io.chargeops.pile.protocol.ykc.types.ModelVerifyResult;
import io.chargeops.pile.protocol.ykc.types.NetworkType;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.PileType;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PileService against the real schema and demo seed (H2), with the connector replaced by {@link FakeGateway}. */
class PileServiceTest {

    static final String DEMO = "32010600000001";
    static final String UNKNOWN = "32019999000042";

    TestDatabase db;
    FakeGateway gateway;
    LivePiles live;
    PileService service;
    List<String> timeSyncs;
    int sequence;

    @BeforeEach
    void setUp() {
        db = TestDatabase.withDemoData();
        gateway = new FakeGateway();
        live = new LivePiles();
        timeSyncs = new ArrayList<>();
        service = new PileService();
        service.gateways = gateway;
        service.live = live;
        service.records = new TransactionalRecords(db);
        service.metrics = new PileMetrics();
        service.commands = new PileCommands() {
            @Override
            public void syncTimeAfterLogin(String pileCode) {
                timeSyncs.add(pileCode);
            }
        };
        service.billingModels = new BillingModels() {
            @Override
            public Optional<BillingModel> inForce(Long templateId, Instant at) {
                Tariff t = new Tariff(new BigDecimal("1.00000"), new BigDecimal("0.50000"));
                return templateId == null ? Optional.empty() : Optional.of(BillingModel.flatRate(BillingModelId.of("0001"), t));
            }
        };
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void registeredPileIsAcceptedMarkedOnlineAndGetsItsClockSynchronised() {
        run(s -> s.login(event("c1", login(DEMO, 2)), login(DEMO, 2)));

        assertThat(gateway.lastReply()).isEqualTo(new LoginResponse(PileCode.of(DEMO), LoginResult.SUCCESS));
        Pile pile = pile(DEMO);
        assertThat(pile.isOnline()).isTrue();
        assertThat(pile.getProtocolVersion()).isEqualTo("V1.6");
        assertThat(pile.getFirmwareVersion()).isEqualTo("FW2.0.1");
        assertThat(pile.getSimNo()).isEqualTo("89860012345678901234");
        assertThat(pile.getNetworkType()).isEqualTo("LAN");
        assertThat(pile.getLastLoginAt()).isNotNull();
        assertThat(live.session(DEMO)).contains("c1");
        assertThat(timeSyncs).containsExactly(DEMO);
    }

    @Test
    void unknownPileIsRecordedOnceAsFreePileAndRefusedEveryTime() {
        run(s -> s.login(event("c1", login(UNKNOWN, 1)), login(UNKNOWN, 1)));
        run(s -> s.login(event("c2", login(UNKNOWN, 1)), login(UNKNOWN, 1)));

        assertThat(gateway.replies).extracting(r -> ((LoginResponse) r.reply()).result())
                .containsExactly(LoginResult.FAILURE, LoginResult.FAILURE);
        List<Pile> free = db.read(em -> em.createQuery("SELECT p FROM Pile p WHERE p.pileCode = :c", Pile.class)
                .setParameter("c", UNKNOWN).getResultList());
        assertThat(free).hasSize(1);
        assertThat(free.get(0).getStatus()).isEqualTo(PileStatus.FREE);
        assertThat(free.get(0).getGunCount()).isEqualTo(1);
        assertThat(free.get(0).getFirmwareVersion()).isEqualTo("FW2.0.1");
        assertThat(free.get(0).getSimNo()).isEqualTo("89860012345678901234");
        assertThat(free.get(0).isOnline()).isFalse();
        assertThat(live.isOnline(UNKNOWN)).isFalse();
        assertThat(timeSyncs).isEmpty();
        List<Pile> listed = service.freePiles();
        assertThat(listed).extracting(Pile::getPileCode).contains(UNKNOWN);
    }

    @Test
    void freePileIsAcceptedOnlyAfterOnboarding() {
        run(s -> s.login(event("c1", login(UNKNOWN, 1)), login(UNKNOWN, 1)));
        db.inTransaction(em -> {
            em.createQuery("SELECT p FROM Pile p WHERE p.pileCode = :c", Pile.class).setParameter("c", UNKNOWN)
                    .getSingleResult().onboard(1L, 1L, 1L);
        });

        run(s -> s.login(event("c2", login(UNKNOWN, 1)), login(UNKNOWN, 1)));

        assertThat(((LoginResponse) gateway.lastReply()).result()).isEqualTo(LoginResult.SUCCESS);
    }

    @Test
    void heartbeatsKeepStateInMemoryAndWriteTheGunOnlyWhenItChanges() {
        loginDemo("c1");
        long versionBefore = gun(DEMO + "01").getRowVersion();

        for (int i = 0; i < 5; i++) {
            run(s -> s.heartbeat(event("c1", new Heartbeat(PileCode.of(DEMO), 1, GunHealth.NORMAL)),
                    new Heartbeat(PileCode.of(DEMO), 1, GunHealth.NORMAL)));
        }

        assertThat(live.gunState(DEMO, 1)).contains(GunState.IDLE);
        Gun gun = gun(DEMO + "01");
        assertThat(gun.getState()).isEqualTo(GunState.IDLE);
        assertThat(gun.getRowVersion()).isEqualTo(versionBefore + 1);
        assertThat(gun(DEMO + "02").getState()).isEqualTo(GunState.OFFLINE);

        run(s -> s.heartbeat(event("c1", new Heartbeat(PileCode.of(DEMO), 2, GunHealth.FAULT)),
                new Heartbeat(PileCode.of(DEMO), 2, GunHealth.FAULT)));
        assertThat(gun(DEMO + "02").getState()).isEqualTo(GunState.FAULT);
    }

    @Test
    void realTimeDataOfAPluggedIdleGunMakesItOccupied() {
        loginDemo("c1");
        RealTimeData data = realTime(DEMO, 1, GunStatus.IDLE, true);

        run(s -> s.realTimeData(event("c1", data), data));

        assertThat(live.gunState(DEMO, 1)).contains(GunState.OCCUPIED);
        assertThat(gun(DEMO + "01").getState()).isEqualTo(GunState.OCCUPIED);
    }

    @Test
    void disconnectTakesThePileAndItsGunsOffline() {
        loginDemo("c1");
        run(s -> s.heartbeat(event("c1", new Heartbeat(PileCode.of(DEMO), 1, GunHealth.NORMAL)),
                new Heartbeat(PileCode.of(DEMO), 1, GunHealth.NORMAL)));

        run(s -> s.disconnected(new PileDisconnected("c1", PileCode.of(DEMO), PileDisconnected.Reason.HEARTBEAT_TIMEOUT, Instant.now())));

        assertThat(pile(DEMO).isOnline()).isFalse();
        assertThat(gun(DEMO + "01").getState()).isEqualTo(GunState.OFFLINE);
        assertThat(live.isOnline(DEMO)).isFalse();
        assertThat(live.gunState(DEMO, 1)).contains(GunState.OFFLINE);
    }

    @Test
    void closingAReplacedConnectionLeavesTheNewSessionOnline() {
        loginDemo("c1");
        loginDemo("c2");

        // the old connection's close may be reported with either reason, and after the new login
        run(s -> s.disconnected(new PileDisconnected("c1", PileCode.of(DEMO), PileDisconnected.Reason.REPLACED_BY_NEW_LOGIN, Instant.now())));
        run(s -> s.disconnected(new PileDisconnected("c1", PileCode.of(DEMO), PileDisconnected.Reason.CLOSED_BY_PILE, Instant.now())));

        assertThat(pile(DEMO).isOnline()).isTrue();
        assertThat(live.session(DEMO)).contains("c2");
    }

    @Test
    void billingModelVerifyIsConsistentOnlyForTheModelInForce() {
        loginDemo("c1");
        BillingModelVerifyRequest same = new BillingModelVerifyRequest(PileCode.of(DEMO), BillingModelId.of("0001"));
        BillingModelVerifyRequest none = new BillingModelVerifyRequest(PileCode.of(DEMO), BillingModelId.NONE);

        run(s -> s.verifyBillingModel(event("c1", same), same));
        assertThat(((BillingModelVerifyResponse) gateway.lastReply()).result()).isEqualTo(ModelVerifyResult.CONSISTENT);
        assertThat(live.billingModelOf(DEMO)).hasValueSatisfying(c -> assertThat(c.consistent()).isTrue());
        run(s -> s.verifyBillingModel(event("c1", none), none));
        assertThat(((BillingModelVerifyResponse) gateway.lastReply()).result()).isEqualTo(ModelVerifyResult.INCONSISTENT);
        // the pile is flagged until it holds the model in force
        assertThat(live.billingModelOf(DEMO)).hasValueSatisfying(c -> {
            assertThat(c.consistent()).isFalse();
            assertThat(c.heldModelNo()).isEqualTo("0000");
            assertThat(c.inForceModelNo()).isEqualTo("0001");
        });
    }

    @Test
    void protocolVersionByteIsVersionTimesTen() {
        assertThat(PileService.protocolVersion(LoginRequest.PROTOCOL_V16)).isEqualTo("V1.6");
        assertThat(PileService.networkType(NetworkType.of(7))).isEqualTo("0x07");
    }

    private void loginDemo(String connection) {
        run(s -> s.login(event(connection, login(DEMO, 2)), login(DEMO, 2)));
    }

    private void run(Consumer<PileService> call) {
        call.accept(service);
    }

    /** PileRecords as the container runs it: each call in a transaction of its own. */
    static final class TransactionalRecords extends PileRecords {
        private final TestDatabase db;

        TransactionalRecords(TestDatabase db) {
            this.db = db;
        }

        @Override
        public LoginDecision login(Reported reported, Instant at) {
            return db.inTransaction(em -> {
                this.em = em;
                return super.login(reported, at);
            });
        }

        @Override
        public void offline(String pileCode, Instant at) {
            db.inTransaction(em -> {
                this.em = em;
                super.offline(pileCode, at);
            });
        }

        @Override
        public void gunState(String pileCode, int gunNo, GunState state, Instant at) {
            db.inTransaction(em -> {
                this.em = em;
                super.gunState(pileCode, gunNo, state, at);
            });
        }

        @Override
        public Optional<Long> tariffTemplateOf(String pileCode) {
            return db.read(em -> {
                this.em = em;
                return super.tariffTemplateOf(pileCode);
            });
        }

        @Override
        public List<Pile> freePiles() {
            return db.read(em -> {
                this.em = em;
                return super.freePiles();
            });
        }
    }

    private Pile pile(String code) {
        return db.read(em -> em.createQuery("SELECT p FROM Pile p WHERE p.pileCode = :c", Pile.class)
                .setParameter("c", code).getSingleResult());
    }

    private Gun gun(String code) {
        return db.read(em -> em.createQuery("SELECT g FROM Gun g WHERE g.gunCode = :c", Gun.class)
                .setParameter("c", code).getSingleResult());
    }

    private PileMessageReceived event(String connection, YkcMessage message) {
        return new PileMessageReceived(connection, message.pileCode(), YkcPacket.of(sequence++, message), Instant.now());
    }

    static LoginRequest login(String code, int guns) {
        return new LoginRequest(PileCode.of(code), PileType.DC, guns, LoginRequest.PROTOCOL_V16, "FW2.0.1",
                NetworkType.LAN, "89860012345678901234", Carrier.OTHER);
    }

    static RealTimeData realTime(String code, int gun, GunStatus status, boolean plugged) {
        return new RealTimeData(TransactionSerial.of("0".repeat(32)), PileCode.of(code), gun, status, GunHomed.NO, plugged,
                BigDecimal.ZERO.setScale(1), BigDecimal.ZERO.setScale(1), 25, "0".repeat(16), 0, 25, 0, 0,
                BigDecimal.ZERO.setScale(4), BigDecimal.ZERO.setScale(4), BigDecimal.ZERO.setScale(4), 0);
    }
}
