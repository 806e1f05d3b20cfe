package io.chargeops.core.identity;

import io.chargeops.core.RefusedException;
import io.chargeops.core.RefusedException.Kind;
import io.chargeops.core.identity.ConsoleQrLoginProvider.QrLoginRefused;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Console sign-in by QR code: an account binds its identity at the provider once (signed in with its password), and
 * from then on may sign in by scanning. The sign-in finds the account by the identity and applies the same rules as a
 * password sign-in (enabled, not locked); it never creates accounts. Refusals: {@code qr-login-off} (no provider),
 * {@code qr-code-refused}, {@code qr-provider-unavailable}, {@code qr-identity-unbound}, {@code qr-identity-taken},
 * {@code account-unavailable}.
 */
@Stateless
public class ConsoleQrSignIn {

    private static final Logger LOG = Logger.getLogger(ConsoleQrSignIn.class.getName());

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @Inject
    @Any
    Instance<ConsoleQrLoginProvider> providers;

    @Inject
    @ConfigProperty(name = "chargeops.console.qr-login.sandbox", defaultValue = "false")
    boolean sandboxAllowed;

    @EJB
    ConsoleAccounts accounts;

    Clock clock = Clock.systemUTC();

    /** The provider in use: a configured real one, else the sandbox when allowed, else none. */
    public Optional<String> providerName() {
        return provider().map(ConsoleQrLoginProvider::name);
    }

    public URI authorizationUrl(String state, URI callback) {
        return provider().orElseThrow(ConsoleQrSignIn::off).authorizationUrl(state, callback);
    }

    /** The account a scan stands for, checked like a password sign-in. */
    public ConsoleCaller signIn(String code) {
        ConsoleQrLoginProvider provider = provider().orElseThrow(ConsoleQrSignIn::off);
        String identity = identify(provider, code);
        ConsoleExternalLogin binding = bindingOf(provider.name(), identity).orElse(null);
        if (binding == null) {
            LOG.info(() -> "QR sign-in with an identity no console account bound (" + provider.name() + ")");
            throw new RefusedException(Kind.UNPROCESSABLE, "qr-identity-unbound",
                    "No console account is bound to this " + provider.name() + " identity");
        }
        return accounts.callerOf(binding.getUserId()).orElseThrow(() -> new RefusedException(Kind.CONFLICT,
                "account-unavailable", "The console account bound to this identity is disabled or locked"));
    }

    /** Binds the identity behind {@code code} to the account, replacing the account's previous one at that provider. */
    public void bind(String loginPhone, String code) {
        ConsoleQrLoginProvider provider = provider().orElseThrow(ConsoleQrSignIn::off);
        Long userId = accounts.idOf(loginPhone).orElseThrow(() -> new RefusedException(Kind.NOT_FOUND,
                "unknown-account", "No console account " + loginPhone));
        String identity = identify(provider, code);
        ConsoleExternalLogin existing = bindingOf(provider.name(), identity).orElse(null);
        if (existing != null && !existing.getUserId().equals(userId)) {
            throw new RefusedException(Kind.CONFLICT, "qr-identity-taken",
                    "This " + provider.name() + " identity is bound to another console account");
        }
        if (existing == null) {
            bindingOfAccount(userId, provider.name()).ifPresent(em::remove);
            em.flush(); // the account's old binding goes before its new one (one per provider per account)
            em.persist(new ConsoleExternalLogin(provider.name(), identity, userId, clock.instant()));
            LOG.info(() -> "Console account " + loginPhone + " bound a " + provider.name() + " identity");
        }
    }

    /** Removes the account's binding at the provider in use; whether there was one. */
    public boolean unbind(String loginPhone) {
        return provider().map(p -> unbind(loginPhone, p.name())).orElse(false);
    }

    /** Whether the account has bound an identity at the provider in use. */
    public boolean isBound(String loginPhone) {
        return provider().flatMap(p -> binding(loginPhone, p.name())).isPresent();
    }

    private boolean unbind(String loginPhone, String provider) {
        Optional<ConsoleExternalLogin> binding = binding(loginPhone, provider);
        binding.ifPresent(em::remove);
        return binding.isPresent();
    }

    private Optional<ConsoleExternalLogin> binding(String loginPhone, String provider) {
        return accounts.idOf(loginPhone).flatMap(userId -> bindingOfAccount(userId, provider));
    }

    private Optional<ConsoleExternalLogin> bindingOfAccount(long userId, String provider) {
        return em.createQuery("SELECT b FROM ConsoleExternalLogin b WHERE b.userId = :user AND b.provider = :provider",
                        ConsoleExternalLogin.class)
                .setParameter("user", userId).setParameter("provider", provider)
                .getResultStream().findFirst();
    }

    private Optional<ConsoleExternalLogin> bindingOf(String provider, String identity) {
        return em.createQuery("SELECT b FROM ConsoleExternalLogin b WHERE b.provider = :provider AND b.externalId = :identity",
                        ConsoleExternalLogin.class)
                .setParameter("provider", provider).setParameter("identity", identity)
                .getResultStream().findFirst();
    }

    private static String identify(ConsoleQrLoginProvider provider, String code) {
        if (code == null || code.isBlank()) {
            throw new RefusedException(Kind.INVALID, "qr-code-refused", "No code came back from the QR sign-in");
        }
        try {
            return provider.identify(code);
        } catch (QrLoginRefused e) {
            LOG.warning(() -> "QR sign-in (" + provider.name() + "): " + e.getMessage());
            throw e.codeRefused()
                    ? new RefusedException(Kind.UNPROCESSABLE, "qr-code-refused", "The QR sign-in code was refused: scan again")
                    : new RefusedException(Kind.BUSY, "qr-provider-unavailable", provider.name() + " cannot be reached now");
        }
    }

    private Optional<ConsoleQrLoginProvider> provider() {
        ConsoleQrLoginProvider sandbox = null;
        for (ConsoleQrLoginProvider p : candidates()) {
            if ("sandbox".equals(p.name())) {
                sandbox = p;
            } else if (p.configured()) {
                return Optional.of(p);
            }
        }
        return sandboxAllowed ? Optional.ofNullable(sandbox) : Optional.empty();
    }

    /** Every provider bean (replaced in tests). */
    Iterable<ConsoleQrLoginProvider> candidates() {
        return providers;
    }

    private static RefusedException off() {
        return new RefusedException(Kind.NOT_FOUND, "qr-login-off", "QR sign-in is not configured");
    }
}
