package io.chargeops.pile.simulator.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The processes of one scenario on this machine, each started and ended by this class only (by its own process
 * handles, never by name): the ChargeOps node as an operator starts it ({@code chargeops start} in a working directory
 * of its own), the H2 TCP server holding its database, and, for the broker scenario, Artemis as a process of its own.
 */
final class LocalPlatform implements AutoCloseable {

    static final List<String> READINESS = List.of("database", "broker", "pile-listener", "pile-connector");

    private final CampaignMain.Options o;
    private final Path dir;
    private final String database;
    private final Map<String, String> nodeEnv = new LinkedHashMap<>();
    private Process node;
    private Process h2;
    private Process broker;
    private Duration lastBoot = Duration.ZERO;

    LocalPlatform(CampaignMain.Options options, Path dir, String database) {
        this.o = options;
        this.dir = dir;
        this.database = database;
    }

    String dbUrl() {
        return "jdbc:h2:tcp://127.0.0.1:" + o.h2Port() + "/" + database;
    }

    LocalPlatform nodeEnv(String name, String value) {
        nodeEnv.put(name, value);
        return this;
    }

    Duration lastBoot() {
        return lastBoot;
    }

    // ---- database server ----------------------------------------------------------------------------------------

    void startDatabase() {
        h2 = spawn("h2", List.of(java(), "-Xmx512m", "-cp", o.h2Jar().toString(), "org.h2.tools.Server", "-tcp",
                "-tcpPort", Integer.toString(o.h2Port()), "-baseDir", o.dbDir().toString(), "-ifNotExists"));
        awaitPort(o.h2Port(), h2, "H2 server");
    }

    /** Ends the database server in order (SIGTERM: H2 closes its files), as a DBA restarting it would. */
    void stopDatabase() {
        h2 = end(h2, false);
        awaitPortClosed(o.h2Port());
    }

    // ---- broker -------------------------------------------------------------------------------------------------

    String brokerUrl() {
        return "tcp://127.0.0.1:" + o.brokerPort();
    }

    void startBroker() {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx256m", "-cp", o.brokerLib() + "/*",
                "-Dchargeops.jms.data-dir=" + dir.resolve("broker-data"),
                "-Dchargeops.jms.embedded-acceptor=" + brokerUrl(), o.brokerSource().toString()));
        broker = spawn("broker", cmd);
        awaitPort(o.brokerPort(), broker, "Artemis broker");
    }

    void stopBroker() {
        broker = end(broker, false);
        awaitPortClosed(o.brokerPort());
    }

    // ---- node ---------------------------------------------------------------------------------------------------

    void startNode() {
        Instant begin = Instant.now();
        ProcessBuilder b = new ProcessBuilder(List.of(o.home().resolve("chargeops").toString(), "start"))
                .directory(dir.resolve("node").toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(nodeLog().toFile()));
        Map<String, String> env = b.environment();
        env.put("CHARGEOPS_HTTP_PORT", Integer.toString(o.httpPort()));
        env.put("CHARGEOPS_PILE_PORT", Integer.toString(o.pilePort()));
        env.put("CHARGEOPS_PILE_BIND_ADDRESS", "127.0.0.1");
        env.put("CHARGEOPS_DB_URL", dbUrl());
        env.put("CHARGEOPS_DB_SEED_DEMO_DATA", "true");
        env.put("CHARGEOPS_JAVA_OPTS", "-Xms512m -Xmx" + o.nodeHeap());
        env.putAll(o.nodeEnv());
        env.putAll(nodeEnv);
        try {
            Files.createDirectories(dir.resolve("node"));
            node = b.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OpsApi probe = new OpsApi(o.httpPort(), "", "");
        Instant deadline = Instant.now().plus(o.bootTimeout());
        while (Instant.now().isBefore(deadline)) {
            if (!node.isAlive()) {
                throw new IllegalStateException("node exited during start-up, see " + nodeLog());
            }
            OpsApi.Reply r = probe.getPublic("/health/ready");
            if (r.status() == 200 && READINESS.stream().allMatch(c -> r.body().contains("\"name\":\"" + c + "\""))) {
                lastBoot = Duration.between(begin, Instant.now());
                CampaignMain.log("node ready in %d ms", lastBoot.toMillis());
                return;
            }
            sleep(500);
        }
        throw new IllegalStateException("node not ready within " + o.bootTimeout() + ", see " + nodeLog());
    }

    /** SIGKILL to Payara's JVM, as a power cut would: no shutdown hooks, nothing closed in order. */
    void killNode() {
        if (node == null) {
            return;
        }
        for (ProcessHandle h : node.descendants().toList()) {
            h.destroyForcibly();
        }
        node.destroyForcibly();
        waitFor(node, 30);
        node = null;
    }

    void stopNode() {
        node = end(node, true);
    }

    Path nodeLog() {
        return dir.resolve("node.log");
    }

    long nodePid() {
        return node == null ? -1 : node.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java"))
                .orElse(false)).mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
    }

    @Override
    public void close() {
        node = end(node, true);
        broker = end(broker, false);
        h2 = end(h2, false);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private Process spawn(String name, List<String> cmd) {
        try {
            Files.createDirectories(dir);
            return new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(name + ".log").toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM to the process (and, for the launcher, its children first), SIGKILL after a minute. */
    private static Process end(Process p, boolean withChildren) {
        if (p == null) {
            return null;
        }
        List<ProcessHandle> children = p.descendants().toList();
        if (withChildren) {
            children.forEach(ProcessHandle::destroy);
        }
        p.destroy();
        if (!waitFor(p, 60)) {
            children.forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            waitFor(p, 10);
        }
        for (ProcessHandle c : children) {
            try {
                c.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                c.destroyForcibly();
            }
        }
        return null;
    }

    private static boolean waitFor(Process p, int seconds) {
        try {
            return p.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void awaitPort(int port, Process owner, String what) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (!owner.isAlive()) {
                throw new IllegalStateException(what + " exited during start-up");
            }
            if (open(port)) {
                return;
            }
            sleep(200);
        }
        throw new IllegalStateException(what + " not listening on " + port + " within 60 s");
    }

    private static void awaitPortClosed(int port) {
        for (int i = 0; i < 100 && open(port); i++) {
            sleep(200);
        }
    }

    private static boolean open(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
