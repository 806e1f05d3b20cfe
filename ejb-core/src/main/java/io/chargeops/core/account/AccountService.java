package io.chargeops.core.account;

import io.chargeops.core.charging.ChargingOrderView;
import io.chargeops.core.charging.ChargingService;
import io.chargeops.core.identity.AppUserAccounts;
import io.chargeops.core.identity.AppUserAccounts.AppUserRef;
import io.chargeops.core.identity.AppUserStatus;
import io.chargeops.core.wallet.AccountType;
import io.chargeops.core.wallet.WalletService;
import io.chargeops.core.wallet.WalletView;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * App sign-in and the account itself: SMS codes, sign-in that registers a new phone (with its platform wallet),
 * token refresh with rotation, logout, profile, and account deletion. One transaction per call.
 */
@Stateless
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @EJB
    AppUserAccounts users;

    @EJB
    SmsCodes codes;

    @EJB
    WalletService wallets;

    @EJB
    ChargingService charging;

    @EJB
    Garage garage;

    @EJB
    io.chargeops.core.finder.Favourites favourites;

    @EJB
    io.chargeops.core.finder.StationExtras stationExtras;

    @Inject
    SmsProviders sms;

    @Inject
    MiniProgramProviders miniPrograms;

    @Inject
    AccessTokens accessTokens;

    @Inject
    AccountSettings settings;

    @Resource
    SessionContext context;

    Clock clock = Clock.systemUTC();

    /** How long the code is valid and when the next may be requested. */
    public record CodeSent(Duration validity, Duration resendAfter) {
    }

    /**
     * Sends a sign-in code. Refused: not a mobile number (400 {@code invalid-phone}); a code sent in the last
     * minute, too many for the phone today or from this address in the last hour (429).
     */
    public CodeSent requestCode(String phone, String requesterIp) {
        requireMobile(phone);
        Instant now = clock.instant();
        String code = codes.issue(phone, requesterIp, now);
        try {
            sms.selected().send(phone, code, settings.codeTtl());
        } catch (SmsProvider.SmsNotSentException e) {
            throw AccountRefusals.smsNotSent(e.getMessage());
        }
        return new CodeSent(settings.codeTtl(), settings.resendInterval());
    }

    /**
     * Signs in with a code, registering the phone (user + platform wallet) on first use. Refused: wrong, expired
     * or used-up code (422 {@code wrong-sms-code}), disabled account (409).
     */
    public TokenPair signIn(String phone, String code, String device) {
        requireMobile(phone);
        Instant now = clock.instant();
        if (!codes.check(phone, code, now)) {
            throw AccountRefusals.wrongCode();
        }
        Optional<AppUserRef> existing = users.byPhone(phone);
        boolean newUser = existing.isEmpty();
        AppUserRef user = existing.orElseGet(() -> {
            AppUserRef created = users.register(phone);
            wallets.open(created.id(), null, AccountType.PERSONAL);
            LOG.info(() -> "App user " + created.id() + " registered by SMS code");
            return created;
        });
        if (user.status() != AppUserStatus.ACTIVE) {
            throw AccountRefusals.accountDisabled();
        }
        return tokensFor(user.id(), device, now, newUser);
    }

    /**
     * Signs in from a mini-program with its one-time login code, exchanged for the openid (and unionid) by the
     * platform's provider. The rule: an openid already linked signs its user in; a WeChat unionid linked to a user
     * through another of our WeChat apps signs that user in; otherwise the first sign-in must prove a phone number
     * with an SMS code ({@code phone} + {@code smsCode}, else 422 {@code phone-verification-required}, nothing stored):
     * the openid is then linked to that phone's account, which is registered (with its wallet) if there is none.
     * A phone account already linked to another openid of the platform is refused (409
     * {@code mini-program-already-linked}). Tokens as for SMS sign-in.
     */
    public TokenPair miniProgramSignIn(MiniProgramPlatform platform, String loginCode, String phone, String smsCode,
            String device) {
        if (platform == null || loginCode == null || loginCode.isBlank()) {
            throw AccountRefusals.invalidMiniProgramCode();
        }
        MiniProgramProvider provider = miniPrograms.selected(platform)
                .orElseThrow(() -> AccountRefusals.miniProgramUnavailable(platform, "not configured"));
        MiniProgramProvider.MiniProgramIdentity identity;
        try {
            identity = provider.exchange(platform, loginCode);
        } catch (MiniProgramProvider.MiniProgramLoginException e) {
            LOG.warning(() -> platform + " mini-program login failed (" + provider.name() + "): " + e.getMessage());
            throw e.codeRefused() ? AccountRefusals.invalidMiniProgramCode()
                    : AccountRefusals.miniProgramUnavailable(platform, e.getMessage());
        }
        Instant now = clock.instant();
        Optional<MiniProgramLink> linked = em.createQuery(
                "SELECT l FROM MiniProgramLink l WHERE l.platform = :p AND l.openid = :o", MiniProgramLink.class)
                .setParameter("p", platform).setParameter("o", identity.openid()).getResultStream().findFirst();
        if (linked.isEmpty() && identity.unionid() != null) {
            linked = em.createQuery("SELECT l FROM MiniProgramLink l WHERE l.unionid = :u ORDER BY l.id", MiniProgramLink.class)
                    .setParameter("u", identity.unionid()).getResultStream().findFirst();
        }
        if (linked.isPresent()) {
            MiniProgramLink link = linked.get();
            if (identity.unionid() != null && link.getUnionid() == null && link.getOpenid().equals(identity.openid())) {
                link.setUnionid(identity.unionid());
            }
            AppUserRef user = users.find(link.getUserId()).orElseThrow(AccountRefusals::unknownUser);
            if (user.status() != AppUserStatus.ACTIVE) {
                throw AccountRefusals.accountDisabled();
            }
            return tokensFor(user.id(), device, now, false);
        }
        if (phone == null || phone.isBlank() || smsCode == null || smsCode.isBlank()) {
            throw AccountRefusals.phoneVerificationRequired(platform);
        }
        requireMobile(phone);
        if (!codes.check(phone, smsCode, now)) {
            throw AccountRefusals.wrongCode();
        }
        Optional<AppUserRef> existing = users.byPhone(phone);
        AppUserRef user = existing.orElseGet(() -> {
            AppUserRef created = users.register(phone);
            wallets.open(created.id(), null, AccountType.PERSONAL);
            LOG.info(() -> "App user " + created.id() + " registered from the " + platform + " mini-program");
            return created;
        });
        if (user.status() != AppUserStatus.ACTIVE) {
            throw AccountRefusals.accountDisabled();
        }
        boolean alreadyLinked = !em.createQuery(
                "SELECT l FROM MiniProgramLink l WHERE l.platform = :p AND l.userId = :u", MiniProgramLink.class)
                .setParameter("p", platform).setParameter("u", user.id()).getResultList().isEmpty();
        if (alreadyLinked) {
            throw AccountRefusals.miniProgramAlreadyLinked(platform);
        }
        em.persist(new MiniProgramLink(user.id(), platform, identity.openid(), identity.unionid()));
        return tokensFor(user.id(), device, now, existing.isEmpty());
    }

    /** The platforms the user's account is linked to. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MiniProgramPlatform> linkedPlatforms(Long userId) {
        return em.createQuery("SELECT l.platform FROM MiniProgramLink l WHERE l.userId = :u ORDER BY l.platform",
                MiniProgramPlatform.class).setParameter("u", userId).getResultList();
    }

    /** A new token pair for a valid refresh token, which is used up (rotation). A used-up one revokes them all. */
    public TokenPair refresh(String refreshToken, String device) {
        Instant now = clock.instant();
        RefreshToken stored = findRefresh(refreshToken).orElseThrow(AccountRefusals::invalidRefreshToken);
        if (stored.getRevokedAt() != null && "ROTATED".equals(stored.getRevokedReason())) {
            // a rotated token used again: someone holds a copy; end every session of the user
            context.getBusinessObject(AccountService.class).revokeAll(stored.getUserId(), "REUSE_DETECTED");
            LOG.warning(() -> "App user " + stored.getUserId() + ": a rotated refresh token was used again; all sessions revoked");
            throw AccountRefusals.invalidRefreshToken();
        }
        if (!stored.activeAt(now)) {
            throw AccountRefusals.invalidRefreshToken();
        }
        if (!isActive(stored.getUserId())) {
            throw AccountRefusals.invalidRefreshToken();
        }
        stored.revoke(now, "ROTATED");
        return tokensFor(stored.getUserId(), device != null ? device : stored.getDevice(), now, false);
    }

    /** Ends a session: the refresh token is revoked (the access token dies by itself within minutes). */
    public void logout(Long userId, String refreshToken, boolean everywhere) {
        Instant now = clock.instant();
        if (everywhere) {
            revokeAll(userId, "LOGOUT_ALL");
            return;
        }
        findRefresh(refreshToken).filter(t -> t.getUserId().equals(userId)).ifPresent(t -> t.revoke(now, "LOGOUT"));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void revokeAll(Long userId, String reason) {
        Instant now = clock.instant();
        em.createQuery("SELECT t FROM RefreshToken t WHERE t.userId = :u AND t.revokedAt IS NULL", RefreshToken.class)
                .setParameter("u", userId).getResultList().forEach(t -> t.revoke(now, reason));
    }

    /** Whether the user of a verified access token may still use the API (not disabled or deleted since). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isActive(Long userId) {
        return users.find(userId).map(u -> u.status() == AppUserStatus.ACTIVE).orElse(false);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Profile profile(Long userId) {
        AppUserRef u = users.find(userId).filter(x -> x.status() == AppUserStatus.ACTIVE)
                .orElseThrow(AccountRefusals::unknownUser);
        return new Profile(u.id(), u.phone(), u.nickname(), u.status().name(), u.createdAt());
    }

    public Profile rename(Long userId, String nickname) {
        String name = nickname == null ? null : nickname.strip();
        if (name != null && (name.isEmpty() || name.length() > 50)) {
            throw AccountRefusals.invalidNickname("A nickname has 1..50 characters");
        }
        profile(userId);
        users.rename(userId, name);
        return profile(userId);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SessionView> sessions(Long userId) {
        return em.createQuery("SELECT t FROM RefreshToken t WHERE t.userId = :u ORDER BY t.id", RefreshToken.class)
                .setParameter("u", userId).getResultList().stream().map(SessionView::of).toList();
    }

    /**
     * Deletes the account (PIPL right to erasure): refused while an order is in progress, principal is left in the
     * wallet (refund it first) or money is frozen (a refund request pending). Then the phone and nickname are
     * anonymised, the SMS codes forgotten and every session ended; orders and ledger stay for accounting, naming
     * only the anonymous user id. Gift balance is forfeited.
     */
    public void delete(Long userId) {
        Profile profile = profile(userId);
        boolean charging = this.charging.listForUser(userId, null, 50).stream()
                .map(ChargingOrderView::state).anyMatch(s -> s.holdsGun());
        if (charging) {
            throw AccountRefusals.deletionBlocked("A charging order is in progress; stop it first");
        }
        Optional<WalletView> wallet = wallets.personalWalletOf(userId).flatMap(wallets::view);
        if (wallet.isPresent() && wallet.get().frozen().signum() > 0) {
            throw AccountRefusals.deletionBlocked("Money is frozen in the wallet (an order or a refund request is pending)");
        }
        if (wallet.isPresent() && wallet.get().principal().signum() > 0) {
            throw AccountRefusals.deletionBlocked("The wallet still holds " + wallet.get().principal()
                    + " 元 of principal; request a refund first");
        }
        codes.forget(profile.phone());
        garage.forget(userId);
        favourites.forget(userId);
        stationExtras.forget(userId);
        em.createQuery("DELETE FROM MiniProgramLink l WHERE l.userId = :u").setParameter("u", userId).executeUpdate();
        users.anonymise(userId, clock.instant());
        revokeAll(userId, "ACCOUNT_DELETED");
        LOG.info(() -> "App user " + userId + " deleted their account; personal data anonymised");
    }

    // ---- internals ---------------------------------------------------------------------------------------------

    private TokenPair tokensFor(Long userId, String device, Instant now, boolean newUser) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant refreshExpires = now.plus(settings.refreshTtl());
        String deviceName = device == null ? null : device.length() > 100 ? device.substring(0, 100) : device;
        em.persist(new RefreshToken(userId, sha256(refresh), deviceName, now, refreshExpires));
        AccessTokens.Issued access = accessTokens.issue(userId);
        return new TokenPair(userId, access.token(), access.expiresAt(), refresh, refreshExpires, newUser);
    }

    private Optional<RefreshToken> findRefresh(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return em.createQuery("SELECT t FROM RefreshToken t WHERE t.tokenHash = :h", RefreshToken.class)
                .setParameter("h", sha256(token)).getResultStream().findFirst();
    }

    private static void requireMobile(String phone) {
        if (phone == null || !MOBILE.matcher(phone).matches()) {
            throw AccountRefusals.invalidPhone(phone);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
