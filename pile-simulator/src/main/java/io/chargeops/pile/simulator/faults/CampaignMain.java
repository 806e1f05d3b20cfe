package io.chargeops.pile.simulator.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fault campaign: for each scenario a fresh copy of one prepared database, a real ChargeOps node (Payara Micro,
 * {@code chargeops start}) against it, a fleet of simulated piles charging, the fault, recovery, and the invariant
 * check. Started by {@code bench/faults/campaign.sh}, which builds and lays out the run directory.
 *
 * <pre>
 * java -cp 'sim/*:h2.jar' io.chargeops.pile.simulator.faults.CampaignMain --run DIR --home DIR --h2-jar JAR
 *      --broker-lib DIR --broker-source FILE [--scenarios kill,db-outage,...] [--sessions 1000] [--guns 2]
 * </pre>
 *
 * Exit status 0 when every invariant of every scenario passed, 1 when one failed, 2 when a scenario could not run.
 */
public final class CampaignMain {

    static final String PARTNER = "FAULTGOV1";
    static final String PARTNER_SECRET = "faultCampaign016";
    static final String PLATFORM_OPERATOR = "MA01H3BQ2";
    static final String CONSOLE_USER = "13900000000";
    static final String CONSOLE_PASSWORD = "ChargeOps#2026";

    /** Everything configurable; sizes default to the issue's (1,000 concurrent sessions). */
    record Options(Path run, Path home, Path h2Jar, Path brokerLib, Path brokerSource, List<Scenario> scenarios,
            int sessions, int guns, String pilePrefix, double timeScale, int httpPort, int pilePort, int h2Port,
            int brokerPort, int partnerPort, String nodeHeap, Duration bootTimeout, int dbOutageSeconds,
            int brokerDownSeconds, int flapSeconds, double flapRatio, int chargeSeconds,
            Map<String, String> nodeEnv) {

        int piles() {
            return (sessions + guns - 1) / guns;
        }

        Path dbDir() {
            return run.resolve("db");
        }
    }

    private CampaignMain() {
    }

    public static void main(String[] args) throws Exception {
        Options o = parse(args);
        Files.createDirectories(o.dbDir());
        log("fault campaign: %s, %d sessions on %d piles x %d guns, run directory %s", o.scenarios(), o.sessions(),
                o.piles(), o.guns(), o.run());
        prepareTemplate(o);
        List<ScenarioResult> results = new ArrayList<>();
        int status = 0;
        for (Scenario s : o.scenarios()) {
            ScenarioResult r = new ScenarioRun(o, s).run();
            results.add(r);
            Report.write(o, results);
            if (r.error() != null) {
                status = 2;
            } else if (!r.passed() && status == 0) {
                status = 1;
            }
            log("%s: %s", s.id(), r.error() != null ? "ERROR " + r.error() : r.passed() ? "PASS" : "FAIL");
        }
        log("campaign %s; results in %s", status == 0 ? "passed" : "FAILED", o.run().resolve("results.md"));
        System.exit(status);
    }

    /**
     * One node start on an empty database creates the schema and the demo seed; the fake partner is created through
     * the ops API; then, with the node stopped, the fleet's piles and one funded app user per pile are written by
     * SQL (as bench/pile-load.sh registers its piles). Every scenario starts from a copy of this database.
     */
    static void prepareTemplate(Options o) throws Exception {
        Path dir = o.run().resolve("template");
        try (LocalPlatform p = new LocalPlatform(o, dir, "template")) {
            p.startDatabase();
            p.startNode();
            OpsApi api = new OpsApi(o.httpPort(), CONSOLE_USER, CONSOLE_PASSWORD);
            String keys = "{\"operatorSecret\":\"" + PARTNER_SECRET + "\",\"dataSecret\":\"" + PARTNER_SECRET
                    + "\",\"dataSecretIv\":\"" + PARTNER_SECRET + "\",\"sigSecret\":\"" + PARTNER_SECRET + "\"}";
            OpsApi.Reply created = api.post("/interconnect/partners", "{\"operatorId\":\"" + PARTNER
                    + "\",\"name\":\"fault campaign supervision platform\",\"role\":\"GOVERNMENT\",\"baseUrl\":"
                    + "\"http://127.0.0.1:" + o.partnerPort() + "/evcs/v1/\",\"in\":" + keys + ",\"out\":" + keys + "}");
            require(created.status() == 201, "creating the partner: " + created);
            OpsApi.Reply shared = api.put("/interconnect/partners/" + PARTNER,
                    "{\"stationIds\":[1],\"pushes\":[\"notification_charge_order_info\"]}");
            require(shared.ok(), "sharing station 1 with the partner: " + shared);
            p.stopNode();
            seed(o, p.dbUrl());
            p.stopDatabase();
        }
        log("template database ready: %d piles x %d guns, %d funded users, partner %s", o.piles(), o.guns(),
                o.piles(), PARTNER);
    }

    private static void seed(Options o, String url) throws SQLException {
        int piles = o.piles();
        long base = Long.parseLong(Fleet.pileCode(o.pilePrefix(), 0));
        int first = 9_000_001;
        try (Connection c = DriverManager.getConnection(url, "chargeops", "chargeops");
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO pile (id, merchant_id, station_id, pile_code, pile_type, rated_power_kw, gun_count,"
                    + " manufacturer, pile_model, protocol_version, firmware_version, sim_no, network_type, online_flag,"
                    + " status, tariff_template_id, last_login_at, created_at, updated_at, row_version)"
                    + " SELECT " + (first - 1) + " + X, 1, 1, CAST(" + (base - 1) + " + X AS CHAR(14)), 'AC', 7.00, "
                    + o.guns() + ", 'FAULT', 'SIM-AC7', 'V1.6', 'SIM1.0', NULL, 'LAN', FALSE, 'ACTIVE', 1, NULL,"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0 FROM SYSTEM_RANGE(1, " + piles + ")");
            s.execute("INSERT INTO gun (id, pile_id, merchant_id, gun_no, gun_code, connector_type, gun_state,"
                    + " state_changed_at, created_at, updated_at, row_version)"
                    + " SELECT " + (first - 1) + " + (P.X - 1) * " + o.guns() + " + G.X, " + (first - 1) + " + P.X, 1,"
                    + " G.X, CAST(" + (base - 1) + " + P.X AS CHAR(14)) || LPAD(CAST(G.X AS VARCHAR), 2, '0'),"
                    + " 'GBT_AC', 'OFFLINE', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0"
                    + " FROM SYSTEM_RANGE(1, " + piles + ") P, SYSTEM_RANGE(1, " + o.guns() + ") G");
            // one app user per pile with 500.00 in its wallet, a TOP_UP ledger entry so that balance = sum(ledger)
            s.execute("INSERT INTO app_user (id, phone, nickname, status, created_at, updated_at, row_version)"
                    + " SELECT " + (first - 1) + " + X, CAST(17000000000 + X AS VARCHAR), 'fault-campaign', 'ACTIVE',"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0 FROM SYSTEM_RANGE(1, " + piles + ")");
            s.execute("INSERT INTO wallet (id, user_id, merchant_id, balance, frozen, created_at, updated_at,"
                    + " row_version) SELECT " + (first - 1) + " + X, " + (first - 1) + " + X, NULL, 500.0000, 0.0000,"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0 FROM SYSTEM_RANGE(1, " + piles + ")");
            s.execute("INSERT INTO wallet_ledger_entry (id, wallet_id, merchant_id, entry_type, amount, balance_after,"
                    + " ref_type, ref_id, remark, created_at) SELECT " + (first - 1) + " + X, " + (first - 1)
                    + " + X, NULL, 'TOP_UP', 500.0000, 500.0000, 'SEED', 'fault-campaign-' || X, 'fault campaign',"
                    + " CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, " + piles + ")");
        }
    }

    /** Copies the prepared database for one scenario (the H2 server is not running then). */
    static void copyTemplate(Options o, String database) throws IOException {
        Files.copy(o.dbDir().resolve("template.mv.db"), o.dbDir().resolve(database + ".mv.db"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    // ---- options ------------------------------------------------------------------------------------------------

    static Options parse(String[] args) {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            a.put(args[i].substring(2), args[++i]);
        }
        byte[] key = new byte[16];
        new SecureRandom().nextBytes(key);
        Map<String, String> env = new LinkedHashMap<>();
        // partner secrets sealed with a key of this run (never a key in git); pushes retried quickly
        env.put("CHARGEOPS_INTERCONNECT_SECRET_KEY", Base64.getEncoder().encodeToString(key));
        env.put("CHARGEOPS_INTERCONNECT_PUSH_RETRY_SECONDS", "2");
        env.put("CHARGEOPS_INTERCONNECT_PUSH_MAX_RETRY_SECONDS", "10");
        env.put("CHARGEOPS_INTERCONNECT_PUSH_MAX_ATTEMPTS", "0");
        List<Scenario> scenarios = new ArrayList<>();
        for (String id : a.getOrDefault("scenarios", "all").split(",")) {
            if (id.equals("all")) {
                scenarios.addAll(List.of(Scenario.values()));
            } else {
                scenarios.add(Scenario.of(id.trim()));
            }
        }
        int sessions = Integer.parseInt(a.getOrDefault("sessions", "1000"));
        int guns = Integer.parseInt(a.getOrDefault("guns", "2"));
        require(sessions >= 2 && guns >= 1 && guns <= 99, "--sessions >= 2, --guns 1..99");
        return new Options(path(a, "run"), path(a, "home"), path(a, "h2-jar"), path(a, "broker-lib"),
                path(a, "broker-source"), scenarios, sessions, guns, a.getOrDefault("pile-prefix", "320197"),
                Double.parseDouble(a.getOrDefault("time-scale", "10")),
                port(a, "http-port", 20380), port(a, "pile-port", 20381), port(a, "h2-port", 20301),
                port(a, "broker-port", 20302), port(a, "partner-port", 20303), a.getOrDefault("node-heap", "1536m"),
                Duration.ofSeconds(Long.parseLong(a.getOrDefault("boot-timeout-seconds", "420"))),
                Integer.parseInt(a.getOrDefault("db-outage-seconds", "30")),
                Integer.parseInt(a.getOrDefault("broker-down-seconds", "20")),
                Integer.parseInt(a.getOrDefault("flap-seconds", "60")),
                Double.parseDouble(a.getOrDefault("flap-ratio", "0.3")),
                Integer.parseInt(a.getOrDefault("charge-seconds", "10")), env);
    }

    private static Path path(Map<String, String> a, String name) {
        String v = a.get(name);
        require(v != null, "--" + name + " is required");
        return Path.of(v).toAbsolutePath().normalize();
    }

    private static int port(Map<String, String> a, String name, int dflt) {
        return Integer.parseInt(a.getOrDefault(name, Integer.toString(dflt)));
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    static void log(String format, Object... args) {
        System.out.println(LocalTime.now().withNano(0) + " " + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
