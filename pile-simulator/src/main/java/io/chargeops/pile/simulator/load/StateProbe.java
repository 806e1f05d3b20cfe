package io.chargeops.pile.simulator.load;

import io.chargeops.pile.protocol.ykc.YkcPacket;
import io.chargeops.pile.protocol.ykc.message.RealTimeData;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.simulator.GunSnapshot;
import io.chargeops.pile.simulator.PacketObserver;
import io.chargeops.pile.simulator.PileState;
import io.chargeops.pile.simulator.SimulatedPile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Frame-to-state latency through the real path: a probe pile's gun is unplugged or plugged in, so the pile sends
 * real-time data (0x13) with the new status at once; the clock starts when that frame is handed to the socket and
 * stops when the ops API ({@code GET /api/admin/v1/guns/{gunCode}}, which reads the gun row the platform commits)
 * first answers with the new state (IDLE after unplugging, OCCUPIED after plugging in). The API is polled back to
 * back with a short pause, so the figure is an upper bound: the state was not yet visible when the previous poll
 * was sent ({@link #resolution()} keeps how far apart the two are).
 *
 * <p>Probe piles are left alone by the fleet's driver, so nothing else changes their guns' state meanwhile. One probe
 * runs at a time on the caller's thread ({@link #probeOnce}).
 */
public final class StateProbe {
    static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z_]+)\"");

    private final LoadRecorder recorder;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String authorization;
    private final Duration pollPause;
    private final Duration timeout;
    private final Map<String, AtomicLong> sentAt = new ConcurrentHashMap<>();
    private final LatencyHistogram resolution = new LatencyHistogram();
    private final LatencyHistogram pollRoundTrip = new LatencyHistogram();
    private final AtomicLong polls = new AtomicLong();
    private final AtomicLong timeouts = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private int next;

    public StateProbe(LoadRecorder recorder, String baseUrl, String user, String password, Duration pollPause,
            Duration timeout) {
        this.recorder = recorder;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.pollPause = pollPause;
        this.timeout = timeout;
    }

    /** Sees the probe pile's 0x13 frames and keeps when the last one of each gun left. */
    public PacketObserver observer(PileCode pile) {
        return (outbound, packet, now) -> {
            if (outbound && packet.message() instanceof RealTimeData r) {
                sentAt.computeIfAbsent(key(pile.digits(), r.gunNo()), k -> new AtomicLong()).set(now);
            }
        };
    }

    private static String key(String pile, int gunNo) {
        return pile + String.format("%02d", gunNo);
    }

    /**
     * Toggles the plug of the next online probe gun and waits until the API shows the new state.
     *
     * @return whether a probe ran (false: no probe pile online)
     */
    public boolean probeOnce(Supplier<List<SimulatedPile>> probePiles) throws InterruptedException {
        List<SimulatedPile> piles = probePiles.get();
        for (int attempt = 0; attempt < piles.size(); attempt++) {
            SimulatedPile p = piles.get(Math.floorMod(next++, piles.size()));
            if (p.state() != PileState.ONLINE) {
                continue;
            }
            for (GunSnapshot g : p.guns()) {
                if (g.charging() || g.billPending()) {
                    continue;
                }
                probe(p, g);
                return true;
            }
        }
        return false;
    }

    private void probe(SimulatedPile p, GunSnapshot g) throws InterruptedException {
        String gunCode = key(p.pileCode().digits(), g.gunNo());
        String expected = g.plugged() ? "IDLE" : "OCCUPIED";
        AtomicLong sent = sentAt.computeIfAbsent(gunCode, k -> new AtomicLong());
        long before = System.nanoTime();
        if (g.plugged()) {
            p.unplug(g.gunNo());
        } else {
            p.plugIn(g.gunNo());
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        // the frame leaves on the pile's event loop: wait until the observer saw it
        while (sent.get() <= before) {
            if (System.nanoTime() > deadline) {
                timeouts.incrementAndGet();
                return;
            }
            Thread.sleep(0, 200_000);
        }
        long frameAt = sent.get();
        long previousPollStart = frameAt;
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/admin/v1/guns/" + gunCode))
                .header("Authorization", authorization).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10)).GET().build();
        while (System.nanoTime() < deadline) {
            long pollStart = System.nanoTime();
            String state;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                state = response.statusCode() == 200 ? stateOf(response.body()) : null;
                if (state == null) {
                    errors.incrementAndGet();
                }
            } catch (java.io.IOException e) {
                errors.incrementAndGet();
                state = null;
            }
            long pollEnd = System.nanoTime();
            polls.incrementAndGet();
            pollRoundTrip.recordNanos(pollEnd - pollStart);
            if (expected.equals(state)) {
                recorder.record("0x13->API state", pollEnd - frameAt);
                resolution.recordNanos(pollEnd - previousPollStart);
                return;
            }
            previousPollStart = pollStart;
            Thread.sleep(pollPause.toMillis(), (int) (pollPause.toNanos() % 1_000_000));
        }
        timeouts.incrementAndGet();
    }

    /** The gun's state in a GunView JSON body, or null. */
    static String stateOf(String body) {
        Matcher m = STATE.matcher(body == null ? "" : body);
        return m.find() ? m.group(1) : null;
    }

    public LatencyHistogram resolution() {
        return resolution;
    }

    public Map<String, Object> summary() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("method", "toggle a probe gun's plug (0x13 IDLE/OCCUPIED), poll GET /api/admin/v1/guns/{gunCode} until"
                + " the new state shows; from the 0x13 leaving the pile to the answer that shows it");
        m.put("polls", polls.get());
        m.put("timeouts", timeouts.get());
        m.put("errors", errors.get());
        m.put("poll_round_trip", pollRoundTrip.summaryMillis());
        m.put("bracket_width", resolution.summaryMillis());
        return m;
    }
}
