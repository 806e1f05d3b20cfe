package io.chargeops.core.merchant;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What other contexts may ask about merchants without touching their table. */
@Stateless
public class Merchants {

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    public boolean exists(Long merchantId) {
        return merchantId != null && em.find(Merchant.class, merchantId) != null;
    }
}
