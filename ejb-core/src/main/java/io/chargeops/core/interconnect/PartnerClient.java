package io.chargeops.core.interconnect;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The client side towards partners: signs and encrypts with the partner's outbound keys, fetches our token from its
 * {@code query_token} (cached until shortly before it expires, fetched again once on Ret 4002), and checks the
 * answer's signature before believing it. One instance per node; thread-safe.
 */
public final class PartnerClient {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final HttpClient http;
    private final String ourOperatorId;
    private final ZoneId zone;
    private final Duration timeout;
    private final Clock clock;
    private final Map<Long, Token> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger seq = new AtomicInteger();
    private volatile String lastSecond = "";

    private record Token(String value, Instant expires) {
    }

    /** What a partner answered: Ret, Msg and the opened Data (null when empty). */
    public record Answer(int ret, String msg, String data) {
    }

    /** Where each call is logged (partner, interface, Ret or null, note, duration); never secrets or Data. */
    public interface Recorder {
        void call(PartnerView partner, String iface, Integer ret, String note, long durationMs);
    }

    private volatile Recorder recorder;

    /** Logs every call from now on to {@code r}. */
    public PartnerClient recordingTo(Recorder r) {
        this.recorder = r;
        return this;
    }

    public PartnerClient(String ourOperatorId, ZoneId zone, Duration timeout, Clock clock) {
        this.ourOperatorId = ourOperatorId;
        this.zone = zone;
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    /** Calls {@code iface} of the partner with a token; throws IOException when it cannot be reached or answers nonsense. */
    public Answer call(PartnerView partner, String iface, String plaintext) throws IOException {
        String token = token(partner, false);
        Answer a = post(partner, iface, plaintext, token);
        if (a.ret() == CecRet.TOKEN.code()) {
            a = post(partner, iface, plaintext, token(partner, true));
        }
        return a;
    }

    private String token(PartnerView partner, boolean renew) throws IOException {
        Token t = tokens.get(partner.id());
        if (!renew && t != null && t.expires().isAfter(clock.instant())) {
            return t.value();
        }
        String request = Json.createObjectBuilder().add("OperatorID", ourOperatorId)
                .add("OperatorSecret", partner.outKeys().operatorSecret() == null ? "" : partner.outKeys().operatorSecret())
                .build().toString();
        Answer a = post(partner, "query_token", request, null);
        if (a.ret() != 0 || a.data() == null) {
            throw new IOException("query_token of " + partner.operatorId() + " answered Ret " + a.ret() + " " + a.msg());
        }
        CecData d;
        try {
            d = CecData.parse(a.data());
        } catch (CecException e) {
            throw new IOException("query_token of " + partner.operatorId() + " answered unreadable Data");
        }
        if (d.integer("SuccStat", 1, 0, 99) != 0) {
            throw new IOException("query_token of " + partner.operatorId() + " refused us: FailReason " + d.integer("FailReason", 0, 0, 99));
        }
        String value = d.text("AccessToken", true, 1000);
        int seconds = d.integer("TokenAvailableTime", 0, 0, Integer.MAX_VALUE);
        tokens.put(partner.id(), new Token(value, clock.instant().plusSeconds(Math.max(0, seconds - Math.min(60, seconds / 10)))));
        return value;
    }

    private Answer post(PartnerView partner, String iface, String plaintext, String token) throws IOException {
        long started = System.nanoTime();
        Integer ret = null;
        String note = null;
        try {
            Answer a = send(partner, iface, plaintext, token);
            ret = a.ret();
            note = a.ret() == 0 ? null : a.msg();
            return a;
        } catch (IOException | RuntimeException e) {
            note = e.getMessage();
            throw e;
        } finally {
            Recorder r = recorder;
            if (r != null) {
                try {
                    r.call(partner, iface, ret, note, (System.nanoTime() - started) / 1_000_000);
                } catch (RuntimeException e) {
                    // the log never fails a call
                }
            }
        }
    }

    private Answer send(PartnerView partner, String iface, String plaintext, String token) throws IOException {
        CecKeys keys = partner.outKeys();
        String[] stamp = nextStamp();
        CecRequest request = CecRequest.seal(ourOperatorId, CecData.spelled(plaintext, keys), stamp[0], stamp[1], keys);
        String url = partner.url(iface);
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(URI.create(url));
        } catch (IllegalArgumentException e) {
            throw new IOException("bad partner URL " + url, e);
        }
        b.timeout(timeout)
                .header("Content-Type", "application/json;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(request.toJson(), StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response;
        try {
            response = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (IllegalArgumentException e) {
            throw new IOException("bad partner URL " + url, e);
        }
        if (response.statusCode() != 200) {
            throw new IOException(iface + " of " + partner.operatorId() + " answered HTTP " + response.statusCode());
        }
        CecResponse answer;
        try {
            answer = CecResponse.parse(response.body());
        } catch (CecException e) {
            throw new IOException(iface + " of " + partner.operatorId() + " answered no envelope");
        }
        if (answer.ret() != 0 && (answer.sig() == null || answer.sig().isEmpty())) {
            return new Answer(answer.ret(), answer.msg(), null); // an unsigned refusal: believed as a refusal only
        }
        if (!answer.signedWith(keys)) {
            throw new IOException(iface + " of " + partner.operatorId() + " answered with a wrong signature");
        }
        try {
            return new Answer(answer.ret(), answer.msg(), answer.open(keys));
        } catch (CecException e) {
            throw new IOException(iface + " of " + partner.operatorId() + " answered Data that does not decrypt");
        }
    }

    /** TimeStamp and a Seq counting within the second, restarting each new second (T/CEC 102.4 §6.4.1). */
    private synchronized String[] nextStamp() {
        String now = LocalDateTime.now(clock.withZone(zone)).format(STAMP);
        if (!now.equals(lastSecond)) {
            lastSecond = now;
            seq.set(0);
        }
        return new String[] {now, String.format("%04d", seq.incrementAndGet() % 10000)};
    }
}
