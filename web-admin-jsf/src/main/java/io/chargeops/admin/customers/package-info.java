/**
 * Users and wallets (用户与钱包): app users by phone, a user's wallet and ledger, operator recharge of principal or
 * gift (a ledger ADJUSTMENT naming the operator), and the refund audit (approve / reject / paid out). Over ejb-core's
 * {@code AppUserDirectory}, {@code WalletService}/{@code WalletCommands} and {@code RefundAudit}; platform accounts only.
 */
package io.chargeops.admin.customers;
