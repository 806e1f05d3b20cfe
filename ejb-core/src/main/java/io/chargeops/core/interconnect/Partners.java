package io.chargeops.core.interconnect;

import io.chargeops.core.RefusedException;
import io.chargeops.core.RefusedException.Kind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Partner platforms: lookup with opened secrets, changes from the ops API, sealing of seeded plain secrets. */
@Stateless
public class Partners {

    private static final Logger LOG = Logger.getLogger(Partners.class.getName());

    /** The shortest real-time power interval an operator may set (2 s: the timer's round). */
    static final int MIN_POWER_SECONDS = 2;

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @jakarta.ejb.EJB
    io.chargeops.core.audit.OperationLog operationLog;

    @Inject
    SecretKeys keys;

    @jakarta.ejb.EJB
    StationInfoPushes stationInfo;

    public Optional<PartnerView> byOperatorId(String operatorId) {
        return em.createQuery("SELECT p FROM Partner p WHERE p.operatorId = :o", Partner.class)
                .setParameter("o", operatorId).getResultStream().findFirst().map(this::view);
    }

    public Optional<PartnerView> byId(Long id) {
        return Optional.ofNullable(em.find(Partner.class, id)).map(this::view);
    }

    public List<PartnerView> list() {
        return em.createQuery("SELECT p FROM Partner p ORDER BY p.operatorId", Partner.class).getResultStream()
                .map(this::view).toList();
    }

    /** Active partners with {@code iface} among their push switches (the caller still checks {@link PartnerView#pushes}). */
    public List<PartnerView> pushingTo(String iface) {
        return em.createQuery("SELECT p FROM Partner p WHERE p.status = 'ACTIVE' AND p.pushes LIKE :i ORDER BY p.id", Partner.class)
                .setParameter("i", "%" + iface + "%").getResultStream().map(this::view)
                .filter(v -> v.pushes(iface)).toList();
    }

    /** One direction's four secrets (T/CEC 102.4 §4.4), each 16 printable ASCII characters. */
    public static class Secrets {
        public String operatorSecret;
        public String dataSecret;
        public String dataSecretIv;
        public String sigSecret;
    }

    /** A new partner: {@code in} are the secrets it calls us with (required), {@code out} those it issued us (optional). */
    public static class NewPartner {
        public String operatorId;
        public String name;
        public String role;
        public String baseUrl;
        /** Where its interfaces are below the base URL; default STANDARD ({base}/evcs/v1/{interface}). */
        public String pathStyle;
        public Secrets in;
        public Secrets out;
    }

    /** New secrets for one or both directions; a new inbound set revokes the tokens issued under the old one. */
    public static class Rotation {
        public Secrets in;
        public Secrets out;
    }

    /** Creates a partner, ACTIVE, seeing no station until given some, pushes off; secrets sealed at once. */
    public PartnerView create(NewPartner n, Instant at) {
        if (n == null) {
            throw invalid("A JSON body is required");
        }
        if (n.operatorId == null || !n.operatorId.matches("[0-9A-Za-z]{1,32}")) {
            throw invalid("operatorId is 1..32 letters or digits (the standard: the 9-character organisation code)");
        }
        if (n.name == null) {
            throw invalid("name is required");
        }
        if (n.role == null || !Set.of("USER_PLATFORM", "OPERATOR", "GOVERNMENT").contains(n.role)) {
            throw invalid("role is USER_PLATFORM, OPERATOR or GOVERNMENT");
        }
        if (n.in == null) {
            throw invalid("in (the secrets the partner calls us with) is required");
        }
        checkSecrets(n.in, "in");
        if (n.out != null) {
            checkSecrets(n.out, "out");
        }
        Long exists = em.createQuery("SELECT COUNT(p) FROM Partner p WHERE p.operatorId = :o", Long.class)
                .setParameter("o", n.operatorId).getSingleResult();
        if (exists > 0) {
            throw new RefusedException(Kind.CONFLICT, "partner-exists", "Partner " + n.operatorId + " exists already");
        }
        Partner p = new Partner(n.operatorId, requireText(n.name, "name", 100), n.role, at);
        seal(p, n.in, n.out);
        p.setPushes("");
        em.persist(p);
        em.flush();
        operationLog.record("partner.create", "partner", p.getOperatorId(), null, null, view(p).summary());
        if (n.baseUrl != null || n.pathStyle != null) {
            Change c = new Change();
            c.baseUrl = n.baseUrl;
            c.pathStyle = n.pathStyle;
            return change(n.operatorId, c);
        }
        LOG.info(() -> "Partner " + n.operatorId + " (" + n.role + ") created");
        return view(p);
    }

    /** Replaces the secrets of one or both directions; inbound tokens issued under the old secrets stop working. */
    public PartnerView rotate(String operatorId, Rotation r, Instant at) {
        if (r == null || r.in == null && r.out == null) {
            throw invalid("in and/or out secrets are required");
        }
        if (r.in != null) {
            checkSecrets(r.in, "in");
        }
        if (r.out != null) {
            checkSecrets(r.out, "out");
        }
        Partner p = em.createQuery("SELECT p FROM Partner p WHERE p.operatorId = :o", Partner.class)
                .setParameter("o", operatorId).getResultStream().findFirst()
                .orElseThrow(() -> new RefusedException(Kind.NOT_FOUND, "unknown-partner", "No partner " + operatorId));
        seal(p, r.in, r.out);
        java.util.Map<String, Object> rotated = new java.util.LinkedHashMap<>();
        rotated.put("inbound", r.in != null ? "rotated" : null);
        rotated.put("outbound", r.out != null ? "rotated" : null);
        operationLog.record("partner.rotate", "partner", operatorId, null, null, rotated);
        if (r.in != null) {
            int revoked = em.createQuery("DELETE FROM PartnerToken t WHERE t.partnerId = :p").setParameter("p", p.getId()).executeUpdate();
            LOG.info(() -> "Partner " + operatorId + ": inbound secrets rotated, " + revoked + " token(s) revoked");
        }
        if (r.out != null) {
            LOG.info(() -> "Partner " + operatorId + ": outbound secrets rotated");
        }
        p.touched(at);
        em.flush();
        return view(p);
    }

    private void seal(Partner p, Secrets in, Secrets out) {
        SecretSeal seal = keys.seal();
        if (in != null) {
            p.inSecrets(seal.seal(in.operatorSecret), seal.seal(in.dataSecret), seal.seal(in.dataSecretIv), seal.seal(in.sigSecret));
        }
        if (out != null) {
            p.outSecrets(seal.seal(out.operatorSecret), seal.seal(out.dataSecret), seal.seal(out.dataSecretIv), seal.seal(out.sigSecret));
        }
    }

    static void checkSecrets(Secrets s, String direction) {
        String[][] all = {{"operatorSecret", s.operatorSecret}, {"dataSecret", s.dataSecret},
            {"dataSecretIv", s.dataSecretIv}, {"sigSecret", s.sigSecret}};
        for (String[] f : all) {
            if (f[1] == null || !f[1].matches("[\\x21-\\x7E]{16}")) {
                throw invalid(direction + "." + f[0] + " must be 16 printable ASCII characters (AES-128 / HMAC key bytes)");
            }
        }
    }

    /** What an operator may change on a partner; null fields stay as they are. */
    public static class Change {
        public String name;
        public String status;
        public String baseUrl;
        public Set<String> pushes;
        public Set<CecVariant> variants;
        public String stationScope;
        public Set<Long> stationIds;
        public Integer tokenTtlSeconds;
        public Integer chargeStatusSeconds;
        public BigDecimal prepayAmount;
        /** Minutes between scheduled pulls of its stations (5..10080), 0 = only on demand. */
        public Integer pullIntervalMinutes;
        /** Where its interfaces are below the base URL ({@link PathStyle}; STANDARD = {base}/evcs/v1/{interface}). */
        public String pathStyle;
        /** The name its provincial real-time power interface has (default notification_realtime_power_info). */
        public String powerInterface;
        /** Seconds between real-time power pushes while guns charge at its stations (2..3600, default 300). */
        public Integer powerSeconds;
    }

    public PartnerView change(String operatorId, Change c) {
        Partner p = em.createQuery("SELECT p FROM Partner p WHERE p.operatorId = :o", Partner.class)
                .setParameter("o", operatorId).getResultStream().findFirst()
                .orElseThrow(() -> new RefusedException(Kind.NOT_FOUND, "unknown-partner", "No partner " + operatorId));
        PartnerView seenBefore = view(p);
        PartnerView.Summary before = seenBefore.summary();
        if (c.name != null) {
            p.setName(requireText(c.name, "name", 100));
        }
        if (c.status != null) {
            if (!Set.of("ACTIVE", "DISABLED").contains(c.status)) {
                throw invalid("status is ACTIVE or DISABLED");
            }
            p.setStatus(c.status);
        }
        if (c.baseUrl != null) {
            String url = c.baseUrl.isBlank() ? null : c.baseUrl.trim();
            if (url != null && !(url.startsWith("http://") || url.startsWith("https://")) || url != null && url.length() > 255) {
                throw invalid("baseUrl must be an http(s) URL of at most 255 characters");
            }
            p.setBaseUrl(url == null || url.endsWith("/") ? url : url + "/");
        }
        if (c.pushes != null) {
            if (!PartnerView.PUSH_INTERFACES.containsAll(c.pushes)) {
                throw invalid("pushes are among " + new TreeSet<>(PartnerView.PUSH_INTERFACES));
            }
            p.setPushes(String.join(",", new TreeSet<>(c.pushes)));
        }
        if (c.variants != null) {
            p.setVariants(c.variants.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        }
        if (c.stationScope != null) {
            if (!Set.of("ALL", "LISTED").contains(c.stationScope)) {
                throw invalid("stationScope is ALL or LISTED");
            }
            p.setStationScope(c.stationScope);
        }
        if (c.tokenTtlSeconds != null) {
            if (c.tokenTtlSeconds < 1 || c.tokenTtlSeconds > 604800) {
                throw invalid("tokenTtlSeconds is 1..604800 (the standard: at most 7 days)");
            }
            p.setTokenTtlSeconds(c.tokenTtlSeconds);
        }
        if (c.chargeStatusSeconds != null) {
            if (c.chargeStatusSeconds < 1 || c.chargeStatusSeconds > 3600) {
                throw invalid("chargeStatusSeconds is 1..3600");
            }
            p.setChargeStatusSeconds(c.chargeStatusSeconds);
        }
        if (c.prepayAmount != null) {
            if (c.prepayAmount.signum() <= 0 || c.prepayAmount.scale() > 2) {
                throw invalid("prepayAmount is positive with at most 2 decimals");
            }
            p.setPrepayAmount(c.prepayAmount);
        }
        if (c.pullIntervalMinutes != null) {
            int m = c.pullIntervalMinutes;
            if (m != 0 && (m < 5 || m > 10080)) {
                throw invalid("pullIntervalMinutes is 5..10080, or 0 for on demand only");
            }
            p.setPullIntervalMinutes(m == 0 ? null : m);
        }
        if (c.pathStyle != null) {
            PathStyle style = java.util.Arrays.stream(PathStyle.values()).filter(v -> v.name().equals(c.pathStyle.strip()))
                    .findFirst().orElseThrow(() -> invalid("pathStyle is one of " + java.util.Arrays.toString(PathStyle.values())));
            p.setPathStyle(style);
        }
        if (c.powerInterface != null) {
            String name = c.powerInterface.strip();
            if (!name.matches("[A-Za-z][A-Za-z0-9_]{0,63}")) {
                throw invalid("powerInterface is an interface name: a letter, then letters, digits or _ (at most 64)");
            }
            p.setPowerInterface(name);
        }
        if (c.powerSeconds != null) {
            if (c.powerSeconds < MIN_POWER_SECONDS || c.powerSeconds > 3600) {
                throw invalid("powerSeconds is " + MIN_POWER_SECONDS + "..3600");
            }
            p.setPowerSeconds(c.powerSeconds);
        }
        if (c.stationIds != null) {
            em.createQuery("DELETE FROM PartnerStation s WHERE s.partnerId = :p").setParameter("p", p.getId()).executeUpdate();
            for (Long stationId : new TreeSet<>(c.stationIds)) {
                if (em.find(SharedStation.class, stationId) == null) {
                    throw new RefusedException(Kind.UNPROCESSABLE, "unknown-station", "No station " + stationId);
                }
                em.persist(new PartnerStation(p.getId(), stationId));
            }
        }
        Instant now = Instant.now();
        p.touched(now);
        em.flush();
        PartnerView after = view(p);
        if (after.pushes(StationInfoPushes.IFACE)) {
            // stations it sees from now on reach it as station info, like a change of a station it already saw
            List<Long> newlySeen = em.createQuery("SELECT s.id FROM SharedStation s ORDER BY s.id", Long.class).getResultList()
                    .stream().filter(id -> after.sees(id) && !seenBefore.sees(id)).toList();
            if (!newlySeen.isEmpty()) {
                stationInfo.nowShared(after, newlySeen, now);
            }
        }
        operationLog.record("partner.update", "partner", operatorId, null, before, after.summary());
        return after;
    }

    /** Seals every "plain:" secret (the demo seed) with this node's key; returns how many partners changed. */
    public int sealPlainSecrets() {
        SecretSeal seal = keys.seal();
        int changed = 0;
        for (Partner p : em.createQuery("SELECT p FROM Partner p", Partner.class).getResultList()) {
            String[] all = {p.inOperatorSecret, p.inDataSecret, p.inDataSecretIv, p.inSigSecret, p.outOperatorSecret,
                p.outDataSecret, p.outDataSecretIv, p.outSigSecret};
            if (Arrays.stream(all).noneMatch(SecretSeal::isPlain)) {
                continue;
            }
            p.inSecrets(reseal(seal, p.inOperatorSecret), reseal(seal, p.inDataSecret), reseal(seal, p.inDataSecretIv),
                    reseal(seal, p.inSigSecret));
            p.outSecrets(reseal(seal, p.outOperatorSecret), reseal(seal, p.outDataSecret), reseal(seal, p.outDataSecretIv),
                    reseal(seal, p.outSigSecret));
            p.touched(Instant.now());
            changed++;
            LOG.info(() -> "Sealed the seeded secrets of partner " + p.getOperatorId());
        }
        return changed;
    }

    private static String reseal(SecretSeal seal, String stored) {
        return SecretSeal.isPlain(stored) ? seal.seal(seal.open(stored)) : stored;
    }

    PartnerView view(Partner p) {
        SecretSeal seal = keys.seal();
        Set<CecVariant> variants = EnumSet.noneOf(CecVariant.class);
        for (String v : split(p.getVariants())) {
            try {
                variants.add(CecVariant.valueOf(v));
            } catch (IllegalArgumentException e) {
                LOG.warning(() -> "Partner " + p.getOperatorId() + ": unknown variant " + v + " ignored");
            }
        }
        CecKeys in = new CecKeys(seal.open(p.inOperatorSecret), seal.open(p.inDataSecret), seal.open(p.inDataSecretIv),
                seal.open(p.inSigSecret), variants);
        CecKeys out = p.outDataSecret == null || p.outSigSecret == null ? null
                : new CecKeys(seal.open(p.outOperatorSecret), seal.open(p.outDataSecret), seal.open(p.outDataSecretIv),
                        seal.open(p.outSigSecret), variants);
        Set<Long> stations = new TreeSet<>(em.createQuery(
                        "SELECT s.stationId FROM PartnerStation s WHERE s.partnerId = :p", Long.class)
                .setParameter("p", p.getId()).getResultList());
        return new PartnerView(p.getId(), p.getOperatorId(), p.getName(), p.getRole(), p.getStatus(), p.getBaseUrl(),
                in, out, variants, new LinkedHashSet<>(split(p.getPushes())), "ALL".equals(p.getStationScope()),
                stations, p.getTokenTtlSeconds(), p.getChargeStatusSeconds(), p.getBillingUserId(),
                p.getBillingWalletId(), p.getPrepayAmount(), p.pullIntervalMinutes, p.lastPulledAt, p.lastPullResult,
                PathStyle.of(p.getPathStyle()), p.getPowerInterface(), p.getPowerSeconds());
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of()
                : Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String requireText(String s, String what, int max) {
        if (s.isBlank() || s.length() > max) {
            throw invalid(what + " must be 1.." + max + " characters");
        }
        return s.trim();
    }

    private static RefusedException invalid(String message) {
        return new RefusedException(Kind.INVALID, "invalid-partner", message);
    }
}
