package io.chargeops.it.micro;

import io.chargeops.it.WorkDirectories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One ChargeOps node on Payara Micro, started exactly as an operator starts it ({@code ./chargeops start}) from a
 * working directory of its own, so its H2 file and broker journal live in {@code <dir>/data} and survive a restart.
 */
public final class MicroNode implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
    private static final List<String> READINESS_CHECKS = List.of("database", "broker", "pile-listener", "pile-connector");

    private final Path home = Path.of(System.getProperty("chargeops.home", "..")).toAbsolutePath().normalize();
    private final Path directory;
    private final int httpPort;
    private final int pilePort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final java.util.Map<String, String> environment = new java.util.LinkedHashMap<>();
    private Process process;
    private Duration lastBootTime;

    /** A node with an empty data directory of its own (whatever an earlier run left there is removed). */
    public MicroNode(String name) {
        this.directory = Path.of(System.getProperty("chargeops.it.work", "target/it")).resolve(name).toAbsolutePath();
        WorkDirectories.deleteTree(directory);
        this.httpPort = freePort();
        this.pilePort = freePort();
    }

    /**
     * An extra environment variable for the node, e.g. {@code CHARGEOPS_PILE_HEARTBEAT_PERIOD_SECONDS} (the pile
     * connector's and MicroProfile Config's form of {@code chargeops.pile.heartbeat-period-seconds}); set before
     * {@link #start()}.
     */
    public MicroNode withEnv(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public MicroNode start() {
        try {
            Files.createDirectories(directory);
            Instant begin = Instant.now();
            ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("chargeops").toString(), "start"))
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
            builder.environment().put("CHARGEOPS_HTTP_PORT", Integer.toString(httpPort));
            builder.environment().put("CHARGEOPS_PILE_PORT", Integer.toString(pilePort));
            builder.environment().putAll(environment);
            process = builder.start();
            awaitReady();
            lastBootTime = Duration.between(begin, Instant.now());
            System.out.printf("ChargeOps node %s ready in %d ms (http %d, pile %d)%n",
                    directory.getFileName(), lastBootTime.toMillis(), httpPort, pilePort);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("ChargeOps exited with " + process.exitValue() + " before it was ready\n" + logTail());
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(url("/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                // Payara answers /health before the application is deployed: wait for all of our own checks
                if (ready.statusCode() == 200 && READINESS_CHECKS.stream().allMatch(check -> ready.body().contains("\"name\":\"" + check + "\""))) {
                    return;
                }
            } catch (IOException notYet) {
                // still booting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        // a node that never became ready is not left running: the test that asked for it cannot stop it
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new IllegalStateException("ChargeOps not ready within " + READY_TIMEOUT + "\n" + logTail());
    }

    /** Stops the node as an operator would (SIGTERM to the launcher, which stops Payara). */
    public void stop() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            // the launcher may end before its java child; wait for every descendant
            for (ProcessHandle child : process.descendants().toList()) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
        }
        process = null;
    }

    /**
     * Kills the node the hard way, as a power cut or {@code kill -9} would: SIGKILL to Payara's JVM (no shutdown hooks,
     * no orderly close of the database, the broker journal or the pile connections), then the launcher. The data
     * directory stays; {@link #start()} boots a new node on it.
     */
    public void kill() {
        if (process == null) {
            return;
        }
        try {
            ProcessHandle java = ProcessHandle.of(pid()).orElseThrow();
            java.destroyForcibly(); // SIGKILL on Unix
            java.onExit().get(30, TimeUnit.SECONDS);
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not kill the node", e);
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    public URI url(String path) {
        return URI.create(baseUrl() + path);
    }

    /**
     * IPv4 loopback, not "localhost": Payara binds HTTP on 0.0.0.0 only, so [::1] with the same port number may
     * belong to another process (a browser driver picked it), and a browser resolving localhost tries [::1] first.
     */
    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    public int pilePort() {
        return pilePort;
    }

    public Path directory() {
        return directory;
    }

    public Duration lastBootTime() {
        return lastBootTime;
    }

    public long pid() {
        return process.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst().orElseThrow().pid();
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private Path log() {
        return directory.resolve("chargeops.log");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
