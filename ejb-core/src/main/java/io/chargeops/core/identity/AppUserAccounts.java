package io.chargeops.core.identity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * App users' own accounts for the account context (sign-in, profile, deletion): registration by phone, profile
 * changes and anonymisation. Runs in the caller's transaction.
 */
@Stateless
public class AppUserAccounts {

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    /** An app user as the account context sees it. */
    public record AppUserRef(Long id, String phone, String nickname, AppUserStatus status, Instant createdAt) {

        static AppUserRef of(AppUser u) {
            return new AppUserRef(u.getId(), u.getPhone(), u.getNickname(), u.getStatus(), u.getCreatedAt());
        }
    }

    /** The user with this phone number (any status), if there is one. */
    public Optional<AppUserRef> byPhone(String phone) {
        return em.createQuery("SELECT u FROM AppUser u WHERE u.phone = :phone", AppUser.class)
                .setParameter("phone", phone)
                .getResultStream().findFirst().map(AppUserRef::of);
    }

    public Optional<AppUserRef> find(Long userId) {
        return Optional.ofNullable(userId).map(id -> em.find(AppUser.class, id)).map(AppUserRef::of);
    }

    /** Registers a new active user with this phone number (the caller checked there is none). */
    public AppUserRef register(String phone) {
        AppUser user = new AppUser(phone, null);
        em.persist(user);
        em.flush();
        return AppUserRef.of(user);
    }

    public AppUserRef rename(Long userId, String nickname) {
        AppUser user = em.find(AppUser.class, userId);
        user.setNickname(nickname);
        return AppUserRef.of(user);
    }

    /** Replaces the user's personal data by placeholders and marks the account DELETED. */
    public AppUserRef anonymise(Long userId, Instant at) {
        AppUser user = em.find(AppUser.class, userId);
        user.anonymise(at);
        em.flush();
        return AppUserRef.of(user);
    }
}
