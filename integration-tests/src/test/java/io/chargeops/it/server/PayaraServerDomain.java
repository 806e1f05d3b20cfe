package io.chargeops.it.server;

import io.chargeops.it.WorkDirectories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A throw-away Payara Server 6 domain driven through {@code asadmin}, as an operator would: {@code create-domain}
 * with a port base of its own, {@code start-domain}, {@code create-system-properties}, {@code deploy},
 * {@code stop-domain}. The domain lives under {@code target/payara-server-it/domains}, never in the unpacked
 * distribution, so every run starts from a fresh domain.
 *
 * <p>Port layout (Payara's {@code --portbase} offsets): admin +48, HTTP +80, HTTPS +81, IIOP +37..39, JMS +76,
 * JMX +86, OSGi shell +66, debugger +9, Hazelcast +49/+59. The pile listener gets +90. The whole block of 100 ports
 * is checked free, and bases are drawn below the Linux ephemeral range (32768+) so that other tests' "free port"
 * picks cannot land in it.
 */
final class PayaraServerDomain implements AutoCloseable {

    static final String DOMAIN = "chargeops-it";

    /** Ports other engineers' Payara Micro runs use; no port block of ours may contain them. */
    private static final Set<Integer> RESERVED = Set.of(8080, 18080, 18180, 8767, 18767, 6900);
    private static final Duration ASADMIN_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Path payaraHome;
    private final Path work;
    private final Path domainDir;
    private final int portBase;
    private boolean started;
    private Thread shutdownHook;

    PayaraServerDomain(Path payaraHome, Path work) {
        this.payaraHome = payaraHome;
        this.work = work;
        this.domainDir = work.resolve("domains");
        this.portBase = freePortBase();
    }

    int adminPort() {
        return portBase + 48;
    }

    int httpPort() {
        return portBase + 80;
    }

    int pilePort() {
        return portBase + 90;
    }

    Path serverLog() {
        return domainDir.resolve(DOMAIN).resolve("logs").resolve("server.log");
    }

    Path asadminLog() {
        return work.resolve("asadmin.log");
    }

    /** Removes a domain left by an earlier, aborted run (stopping its server if one still runs) and creates a new one. */
    Duration create() {
        Path old = domainDir.resolve(DOMAIN);
        if (Files.exists(old)) {
            // an aborted earlier run of this test may have left its server running: stop exactly that domain
            asadminLocal(false, "stop-domain", "--kill=true", "--domaindir", domainDir.toString(), DOMAIN);
            WorkDirectories.deleteTree(old);
        }
        Instant begin = Instant.now();
        asadminLocal(true, "create-domain", "--nopassword=true", "--portbase", Integer.toString(portBase),
                "--checkports=true", "--domaindir", domainDir.toString(), DOMAIN);
        return Duration.between(begin, Instant.now());
    }

    /** {@code start-domain}: returns when the DAS answers on its admin port (the command's wall time is the boot time). */
    Duration start() {
        Instant begin = Instant.now();
        shutdownHook = new Thread(this::stopQuietly, "stop " + DOMAIN);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        started = true;
        run(START_TIMEOUT, true, List.of("start-domain", "--domaindir", domainDir.toString(), DOMAIN));
        return Duration.between(begin, Instant.now());
    }

    /** {@code restart-domain}: returns when the new DAS answers; applications may still be loading after that. */
    Duration restart() {
        Instant begin = Instant.now();
        run(START_TIMEOUT, true, List.of("restart-domain", "--domaindir", domainDir.toString(), DOMAIN));
        return Duration.between(begin, Instant.now());
    }

    /**
     * Server system properties: stored in domain.xml and set in the running JVM at once, so resource adapters and
     * MicroProfile Config (system properties are one of its sources) see them from the next deployment on.
     */
    void systemProperties(Map<String, String> properties) {
        String joined = properties.entrySet().stream()
                .map(e -> escape(e.getKey()) + "=" + escape(e.getValue()))
                .collect(Collectors.joining(":"));
        asadmin(true, "create-system-properties", "--target", "server", joined);
    }

    /** {@code deploy} without {@code --name}: the application takes the name the archive gives itself. */
    Duration deploy(Path archive) {
        Instant begin = Instant.now();
        asadmin(true, "deploy", archive.toString());
        return Duration.between(begin, Instant.now());
    }

    Duration undeploy(String name) {
        Instant begin = Instant.now();
        asadmin(true, "undeploy", name);
        return Duration.between(begin, Instant.now());
    }

    /** Runs a remote command against this domain's DAS; throws with output and server.log tail when it fails. */
    String asadmin(boolean mustSucceed, String... command) {
        List<String> args = new ArrayList<>(List.of("--host", "localhost", "--port", Integer.toString(adminPort())));
        args.addAll(List.of(command));
        return run(ASADMIN_TIMEOUT, mustSucceed, args);
    }

    private String asadminLocal(boolean mustSucceed, String... command) {
        return run(ASADMIN_TIMEOUT, mustSucceed, List.of(command));
    }

    /** Heap in use as the JVM reports it ({@code generate-jvm-report --type memory}), in bytes. */
    OptionalLong heapUsed() {
        String report = asadmin(false, "generate-jvm-report", "--type", "memory");
        Matcher m = Pattern.compile("Heap Memory Usage:.*?uses at this time: ([\\d,.]+) Bytes", Pattern.DOTALL).matcher(report);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1).replaceAll("[,.]", ""))) : OptionalLong.empty();
    }

    /** Resident set size of the server process from /proc (Linux only), in bytes. */
    OptionalLong residentSetSize() {
        try {
            Path pidFile = domainDir.resolve(DOMAIN).resolve("config").resolve("pid");
            String pid = Files.readString(pidFile).trim();
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")) * 1024);
                }
            }
        } catch (IOException | RuntimeException notAvailable) {
            // not Linux, or the server is gone
        }
        return OptionalLong.empty();
    }

    /** {@code stop-domain}; if the DAS does not stop in time, {@code --kill} ends exactly that server process. */
    void stop() {
        if (!started) {
            return;
        }
        started = false;
        try {
            run(Duration.ofMinutes(2), false, List.of("stop-domain", "--domaindir", domainDir.toString(), DOMAIN));
        } finally {
            if (serverPid().filter(ProcessHandle::isAlive).isPresent()) {
                run(Duration.ofMinutes(1), false, List.of("stop-domain", "--kill=true", "--domaindir", domainDir.toString(), DOMAIN));
            }
            serverPid().filter(ProcessHandle::isAlive).ifPresent(p -> {
                p.destroyForcibly();
                p.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(t -> p).join();
            });
            if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or the JVM is exiting anyway
                }
            }
        }
    }

    private java.util.Optional<ProcessHandle> serverPid() {
        try {
            Path pidFile = domainDir.resolve(DOMAIN).resolve("config").resolve("pid");
            if (!Files.exists(pidFile)) {
                return java.util.Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            System.err.println("Could not stop Payara domain " + DOMAIN + ": " + e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** The last {@code lines} lines of server.log, for failure messages. */
    String serverLogTail(int lines) {
        return "\n----- tail of " + serverLog() + " -----\n" + tail(serverLog(), lines) + "\n----- end of server.log -----";
    }

    private String run(Duration timeout, boolean mustSucceed, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.add("-jar");
        command.add(payaraHome.resolve("glassfish/lib/client/appserver-cli.jar").toString());
        command.add("--interactive=false");
        command.addAll(arguments);
        try {
            Files.createDirectories(work);
            Path output = Files.createTempFile(work, "asadmin-", ".out");
            try {
                ProcessBuilder builder = new ProcessBuilder(command)
                        .directory(work.toFile())
                        .redirectErrorStream(true)
                        // a file, not a pipe: start-domain's server child must never hold our pipe open
                        .redirectOutput(output.toFile());
                builder.environment().put("AS_JAVA", System.getProperty("java.home"));
                builder.environment().remove("AS_ADMIN_PORT");
                builder.environment().remove("AS_ADMIN_HOST");
                builder.environment().remove("AS_ADMIN_PASSWORDFILE");
                Instant begin = Instant.now();
                Process process = builder.start();
                boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (!finished) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
                String text = Files.readString(output, StandardCharsets.UTF_8);
                long millis = Duration.between(begin, Instant.now()).toMillis();
                String shown = "asadmin " + String.join(" ", arguments);
                Files.writeString(asadminLog(), "$ " + shown + "   (" + millis + " ms, "
                        + (finished ? "exit " + process.exitValue() : "TIMED OUT") + ")\n" + text + "\n",
                        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                if (mustSucceed && (!finished || process.exitValue() != 0)) {
                    throw new IllegalStateException((finished ? shown + " failed with exit " + process.exitValue()
                            : shown + " did not finish within " + timeout) + ":\n" + text + serverLogTail(120));
                }
                return text;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running asadmin " + arguments, e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** asadmin's property syntax: ':' separates properties, so ':' and '=' inside names and values are escaped. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
    }

    private static int freePortBase() {
        // 20000..31900: below the ephemeral range, above the usual well-known and development ports
        int slots = (31900 - 20000) / 100 + 1;
        int first = ThreadLocalRandom.current().nextInt(slots);
        for (int i = 0; i < slots; i++) {
            int base = 20000 + ((first + i) % slots) * 100;
            if (blockFree(base)) {
                return base;
            }
        }
        throw new IllegalStateException("no free block of 100 ports between 20000 and 31999");
    }

    private static boolean blockFree(int base) {
        for (int port = base; port < base + 100; port++) {
            if (RESERVED.contains(port) || !free(port)) {
                return false;
            }
        }
        return true;
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    static String tail(Path file, int lines) {
        try {
            if (!Files.exists(file)) {
                return "(" + file + " does not exist)";
            }
            List<String> all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + file + ": " + e + ")";
        }
    }

}
