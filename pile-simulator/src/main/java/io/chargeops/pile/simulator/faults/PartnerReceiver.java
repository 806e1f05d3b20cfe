package io.chargeops.pile.simulator.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.chargeops.pile.simulator.faults.Invariants.Delivery;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A fake T/CEC 102 partner (a supervision platform) that the node pushes to: it answers {@code query_token}, checks
 * the signature of every envelope, decrypts Data, records each {@code notification_charge_order_info} it receives
 * (StartChargeSeq and Data) and acknowledges with Ret 0, signed. One secret serves all four keys, in both directions.
 */
final class PartnerReceiver implements AutoCloseable {

    private static final String TOKEN = "fault-campaign-token";

    private final String secret;
    private final String platformOperatorId;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong calls = new AtomicLong();

    PartnerReceiver(int port, String secret, String platformOperatorId) throws IOException {
        this.secret = secret;
        this.platformOperatorId = platformOperatorId;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/evcs/v1/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/evcs/v1/";
    }

    List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    long refused() {
        return refused.get();
    }

    long calls() {
        return calls.get();
    }

    private void handle(HttpExchange x) throws IOException {
        calls.incrementAndGet();
        String iface = x.getRequestURI().getPath().substring("/evcs/v1/".length());
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String answer;
        try {
            String operator = field(body, "OperatorID");
            String data = field(body, "Data");
            String sig = field(body, "Sig");
            if (!platformOperatorId.equals(operator)
                    || !sign(operator + data + field(body, "TimeStamp") + field(body, "Seq")).equalsIgnoreCase(sig)) {
                refused.incrementAndGet();
                answer = response(4001, "签名错误", null);
            } else if (iface.equals("query_token")) {
                answer = response(0, "", "{\"OperatorID\":\"" + platformOperatorId + "\",\"SuccStat\":0,"
                        + "\"AccessToken\":\"" + TOKEN + "\",\"TokenAvailableTime\":7200,\"FailReason\":0}");
            } else if (!("Bearer " + TOKEN).equals(x.getRequestHeaders().getFirst("Authorization"))) {
                refused.incrementAndGet();
                answer = response(4002, "Token错误", null);
            } else {
                String plain = decrypt(data);
                String seq = field(plain, "StartChargeSeq");
                if (iface.equals("notification_charge_order_info")) {
                    deliveries.add(new Delivery(seq, plain));
                    answer = response(0, "", "{\"StartChargeSeq\":\"" + seq + "\",\"ConnectorID\":\""
                            + field(plain, "ConnectorID") + "\",\"ConfirmResult\":0}");
                } else {
                    answer = response(0, "", "{\"Status\":0,\"SuccStat\":0,\"FailReason\":0}");
                }
            }
        } catch (RuntimeException | GeneralSecurityException e) {
            refused.incrementAndGet();
            answer = response(4003, "POST参数不合法", null);
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
        x.sendResponseHeaders(200, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    /** A string field of a flat JSON object (envelopes and notification Data carry no escaped quotes). */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : "";
    }

    private String response(int ret, String msg, String plain) {
        String data;
        try {
            data = plain == null ? "" : encrypt(plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return "{\"Ret\":" + ret + ",\"Msg\":\"" + msg + "\",\"Data\":\"" + data + "\",\"Sig\":\""
                + sign(ret + msg + data) + "\"}";
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacMD5");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacMD5"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8))).toUpperCase(Locale.ROOT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Cipher cipher(int mode) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        c.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(key));
        return c;
    }

    private String encrypt(String plain) throws GeneralSecurityException {
        return Base64.getEncoder().encodeToString(cipher(Cipher.ENCRYPT_MODE).doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    }

    private String decrypt(String data) throws GeneralSecurityException {
        return new String(cipher(Cipher.DECRYPT_MODE).doFinal(Base64.getDecoder().decode(data)), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
