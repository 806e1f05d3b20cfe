package io.chargeops.core.persistence;

import java.util.Set;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * The data scope in the persistence layer: every entity that belongs to a merchant (it has a {@code merchantId}
 * attribute; the merchant itself by its id) gets EclipseLink additional criteria, so every query of it, JPQL or
 * {@code find}, returns the caller's merchant's rows only when the caller is a merchant account. The scope is taken
 * from {@link DataScope#current()} when EclipseLink acquires the client session of a persistence context, i.e. once
 * per transaction, on the caller's thread. Works because the unit caches no merchant entity in the shared cache
 * ({@code ENABLE_SELECTIVE}); an entity made {@code @Cacheable} must not belong to a merchant.
 *
 * <p>Wallets are not scoped: a platform wallet (no merchant) pays at every merchant's piles, so settlement and
 * refunds reach it from any merchant's order; wallets are reached only through the user or order they belong to.
 */
public class DataScopeCriteria implements SessionCustomizer {

    /** The criteria parameter (and client-session property) that carries the merchant id, 0 = all. */
    public static final String PARAMETER = "CHARGEOPS_SCOPE_MERCHANT";

    static final String MERCHANT_ATTRIBUTE = "merchantId";

    /**
     * Entities whose rows without a merchant are shared definitions every account may see (the platform's built-in
     * console roles); their merchants' own rows stay private.
     */
    static final Set<String> SHARED_WHEN_PLATFORM = Set.of("io.chargeops.core.identity.ConsoleRole");

    static final Set<String> UNSCOPED = Set.of("io.chargeops.core.wallet.Wallet", "io.chargeops.core.wallet.WalletHold",
            "io.chargeops.core.wallet.WalletLedgerEntry");

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            String attribute = scopedAttribute(descriptor);
            if (attribute != null) {
                String shared = SHARED_WHEN_PLATFORM.contains(descriptor.getJavaClass().getName())
                        ? " OR this." + attribute + " IS NULL" : "";
                descriptor.getQueryManager().setAdditionalCriteria(
                        "(:" + PARAMETER + " = 0 OR this." + attribute + " = :" + PARAMETER + shared + ")");
            }
        }
        session.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void postAcquireClientSession(SessionEvent event) {
                event.getSession().setProperty(PARAMETER, DataScope.current().merchantId());
            }
        });
    }

    /** The attribute holding the owning merchant, or null for an entity no merchant owns. */
    static String scopedAttribute(ClassDescriptor descriptor) {
        String type = descriptor.getJavaClass().getName();
        if (UNSCOPED.contains(type)) {
            return null;
        }
        if (type.equals("io.chargeops.core.merchant.Merchant")) {
            return "id";
        }
        return descriptor.getMappingForAttributeName(MERCHANT_ATTRIBUTE) != null ? MERCHANT_ATTRIBUTE : null;
    }
}
