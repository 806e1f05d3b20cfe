package io.chargeops.core.identity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Looks app users (drivers) up for the other contexts, which know them by id or phone only. */
@Stateless
public class AppUsers {

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    /** The id of the active user with this phone number. */
    public Optional<Long> activeUserId(String phone) {
        return em.createQuery("SELECT u FROM AppUser u WHERE u.phone = :phone", AppUser.class)
                .setParameter("phone", phone)
                .getResultStream().findFirst()
                .filter(u -> u.getStatus() == AppUserStatus.ACTIVE)
                .map(AppUser::getId);
    }

    public Optional<String> phoneOf(Long userId) {
        return Optional.ofNullable(userId).map(id -> em.find(AppUser.class, id)).map(AppUser::getPhone);
    }
}
