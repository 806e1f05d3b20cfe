/**
 * Payments (issue 6): wallet recharges (充值) through a {@link io.chargeops.core.payment.PaymentProvider} — WeChat Pay
 * v3, Alipay, and a {@code sandbox} provider for the embedded default whose callbacks are signed with a node secret —
 * and users' refund requests for online-recharged principal, which wait for an operator's decision. A recharge is
 * credited exactly once, in the transaction that marks its order PAID after a verified callback (ledger key
 * {@code recharge:<order no>}); replayed callbacks are acknowledged and change nothing, forged ones are refused.
 */
package io.chargeops.core.payment;
