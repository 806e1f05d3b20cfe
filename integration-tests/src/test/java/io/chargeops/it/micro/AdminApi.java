package io.chargeops.it.micro;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The operations API ({@code /api/admin/v1}) as the tests use it: HTTP Basic with the demo console account, JSON in
 * and out, plus the charging and wallet calls of the shared contract written once. Every answer keeps status, body
 * and the request line, so a failed assertion shows what was asked and answered.
 */
final class AdminApi {

    static final String DEMO_OPERATOR = "13900000000";
    static final String DEMO_PASSWORD = "ChargeOps#2026";
    static final String DEMO_USER = "13800000000";
    static final String BASE = "/api/admin/v1";

    private final MicroNode node;
    // HTTP/1.1: the JDK client's h2c upgrade multiplexes concurrent calls over one connection, which Payara ends with
    // GOAWAY under 200 parallel requests; one connection per concurrent call is also what real API clients do
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String authorization;

    AdminApi(MicroNode node) {
        this(node, DEMO_OPERATOR);
    }

    /** Signed in as another demo console account (all share the demo password). */
    AdminApi(MicroNode node, String consolePhone) {
        this.node = node;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((consolePhone + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** One answer: status, media type, raw body; {@link #json()} parses it. */
    record Reply(String request, int status, String contentType, String body, Optional<String> location) {

        Object json() {
            return Json.parse(body);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map() {
            return (Map<String, Object>) json();
        }

        /** A list body, or the list inside an object body (e.g. {@code {"items": [...]}}). */
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list() {
            Object json = json();
            if (json instanceof List<?> l) {
                return (List<Map<String, Object>>) l;
            }
            for (Object v : ((Map<String, Object>) json).values()) {
                if (v instanceof List<?> l) {
                    return (List<Map<String, Object>>) l;
                }
            }
            throw new AssertionError("no list in " + this);
        }

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return request + " -> " + status + " " + contentType + " " + body;
        }
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(node.url(BASE + path)).GET(), "GET " + path);
    }

    Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(node.url(BASE + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), "POST " + path + " " + json);
    }

    Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(node.url(BASE + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), "PUT " + path + " " + json);
    }

    /** A file answer (PNG, ZIP): status, media type and the bytes. */
    record Download(String request, int status, String contentType, byte[] body) {
        @Override
        public String toString() {
            return request + " -> " + status + " " + contentType + " (" + body.length + " bytes)";
        }
    }

    /** GET of a file, whatever media type it comes as. */
    Download download(String path) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(node.url(BASE + path)).GET()
                    .header("Authorization", authorization).header("Accept", "*/*").timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download("GET " + path, r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("GET " + path + " interrupted", e);
        }
    }

    private Reply send(HttpRequest.Builder request, String line) {
        try {
            HttpResponse<String> r = http.send(request.header("Authorization", authorization)
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(line, r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body(),
                    r.headers().firstValue("Location"));
        } catch (IOException e) {
            throw new AssertionError(line + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(line + " interrupted", e);
        }
    }

    // ---- charging orders -------------------------------------------------------------------------------------------

    Reply startOrder(String userPhone, String gunCode, BigDecimal prepay) {
        return post("/charging-orders", Json.object("userPhone", userPhone, "gunCode", gunCode, "prepayAmount", prepay));
    }

    Map<String, Object> order(String orderNo) {
        Reply r = get("/charging-orders/" + orderNo);
        if (r.status() != 200) {
            throw new AssertionError(r.toString());
        }
        return r.map();
    }

    Reply live(String orderNo) {
        return get("/charging-orders/" + orderNo + "/live");
    }

    Reply stop(String orderNo) {
        return post("/charging-orders/" + orderNo + "/stop", "{}");
    }

    List<Map<String, Object>> orders(String query) {
        Reply r = get("/charging-orders" + (query.isEmpty() ? "" : "?" + query));
        if (r.status() != 200) {
            throw new AssertionError(r.toString());
        }
        return r.list();
    }

    /** Polls the order until it satisfies {@code condition}; fails with the last view and the node's log. */
    Map<String, Object> awaitOrder(String orderNo, String what, Predicate<Map<String, Object>> condition,
            Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Object> last = null;
        while (Instant.now().isBefore(deadline)) {
            last = order(orderNo);
            if (condition.test(last)) {
                return last;
            }
            sleep(100);
        }
        throw new AssertionError("order " + orderNo + " not " + what + " within " + timeout + ": " + last + "\n"
                + node.logTail());
    }

    Map<String, Object> awaitState(String orderNo, String state, Duration timeout) {
        return awaitOrder(orderNo, state, o -> state.equals(o.get("state")), timeout);
    }

    // ---- wallets ----------------------------------------------------------------------------------------------------

    Map<String, Object> wallet(String userPhone) {
        Reply r = get("/wallets?userPhone=" + URLEncoder.encode(userPhone, StandardCharsets.UTF_8));
        if (r.status() != 200) {
            throw new AssertionError(r.toString());
        }
        Object json = r.json();
        if (json instanceof List<?> l) { // a search answered as a list of one
            if (l.size() != 1) {
                throw new AssertionError("expected one wallet: " + r);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> only = (Map<String, Object>) l.get(0);
            return only;
        }
        return r.map();
    }

    /** Principal + gift: what the ledger entries must add up to. */
    static BigDecimal balance(Map<String, Object> wallet) {
        if (wallet.get("balance") != null) {
            BigDecimal gift = wallet.get("gift") == null ? BigDecimal.ZERO : dec(wallet, "gift");
            if (wallet.get("principal") != null && dec(wallet, "principal").add(gift).compareTo(dec(wallet, "balance")) != 0) {
                throw new AssertionError("balance is not principal + gift: " + wallet);
            }
            return dec(wallet, "balance");
        }
        BigDecimal gift = wallet.get("gift") == null ? BigDecimal.ZERO : dec(wallet, "gift");
        return dec(wallet, "principal").add(gift);
    }

    List<Map<String, Object>> ledger(Object walletId) {
        Reply r = get("/wallets/" + walletId + "/ledger");
        if (r.status() != 200) {
            throw new AssertionError(r.toString());
        }
        return r.list();
    }

    Reply drifts() {
        return get("/wallets/drifts");
    }

    // ---- reading views ------------------------------------------------------------------------------------------------

    static BigDecimal dec(Map<String, Object> json, String path) {
        Object v = at(json, path);
        if (v == null) {
            throw new AssertionError("no " + path + " in " + json);
        }
        return v instanceof BigDecimal d ? d : new BigDecimal(v.toString());
    }

    static String str(Map<String, Object> json, String path) {
        Object v = at(json, path);
        return v == null ? null : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    }

    /** A value by dotted path, e.g. {@code settlement.payableAmount}; null when any step is missing. */
    @SuppressWarnings("unchecked")
    static Object at(Map<String, Object> json, String path) {
        Object current = json;
        for (String step : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = ((Map<String, Object>) m).get(step);
        }
        return current;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
