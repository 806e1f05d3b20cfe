/**
 * Merchant context: the tenants of the platform. Operators (运营商) run stations; franchisees
 * (加盟商) operate under a parent operator. Every tenant-owned row elsewhere carries a
 * {@code merchant_id} pointing here, which is what the persistence layer scopes queries by.
 */
package io.chargeops.core.merchant;
