package io.chargeops.core.identity;

import io.chargeops.core.RefusedException;
import io.chargeops.core.RefusedException.Kind;
import io.chargeops.core.audit.OperationLog;
import io.chargeops.core.persistence.DataScope;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * App users (drivers) as the console's user screens see them: search by phone, one user. App users
 * are platform-wide (they charge at every merchant's piles), so only platform accounts see them: under a merchant's
 * data scope the search is empty and a user is not found.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AppUserDirectory {

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @EJB
    OperationLog operationLog;

    /** An app user as the console lists it. */
    public record AppUserRow(Long id, String phone, String nickname, AppUserStatus status, Instant createdAt) {

        static AppUserRow of(AppUser u) {
            return new AppUserRow(u.getId(), u.getPhone(), u.getNickname(), u.getStatus(), u.getCreatedAt());
        }
    }

    /** Users whose phone contains {@code phone} (all when blank), newest first, one page. */
    public List<AppUserRow> search(String phone, int first, int max) {
        if (!DataScope.current().isAll()) {
            return List.of();
        }
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        return em.createQuery("SELECT u FROM AppUser u WHERE u.phone LIKE :p ORDER BY u.id DESC", AppUser.class)
                .setParameter("p", "%" + digits + "%")
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultList().stream().map(AppUserRow::of).toList();
    }

    public long count(String phone) {
        if (!DataScope.current().isAll()) {
            return 0;
        }
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        return em.createQuery("SELECT COUNT(u) FROM AppUser u WHERE u.phone LIKE :p", Long.class)
                .setParameter("p", "%" + digits + "%").getSingleResult();
    }

    public Optional<AppUserRow> find(Long userId) {
        if (userId == null || !DataScope.current().isAll()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(AppUser.class, userId)).map(AppUserRow::of);
    }

    /**
     * 停用 / 启用: blocks or unblocks an app user, with the reason in the operation log. A disabled user's access
     * tokens stop working at once, it cannot sign in, refresh its session or start charging; its wallet, orders and
     * refunds stay as they are. Refused: a user the caller does not see (404 {@code unknown-user}), a deleted user
     * (409 {@code user-deleted}), no reason (400 {@code reason-required}).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public AppUserRow changeStatus(Long userId, boolean disabled, String reason) {
        AppUser user = userId == null || !DataScope.current().isAll() ? null
                : em.find(AppUser.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (user == null) {
            throw new RefusedException(Kind.NOT_FOUND, "unknown-user", "No app user " + userId);
        }
        if (user.getStatus() == AppUserStatus.DELETED) {
            throw new RefusedException(Kind.CONFLICT, "user-deleted", "App user " + userId + " deleted its account");
        }
        if (reason == null || reason.isBlank()) {
            throw new RefusedException(Kind.INVALID, "reason-required", "Say why the user is " + (disabled ? "disabled" : "enabled"));
        }
        AppUserStatus before = user.getStatus();
        user.setStatus(disabled ? AppUserStatus.DISABLED : AppUserStatus.ACTIVE);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", user.getStatus());
        after.put("reason", reason.trim());
        operationLog.record(disabled ? "app-user.disable" : "app-user.enable", "app-user", userId, null,
                Map.of("status", before), after);
        return AppUserRow.of(user);
    }
}
