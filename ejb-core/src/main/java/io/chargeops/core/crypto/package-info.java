/** Signing primitives shared by the payment and sign-in providers (no state, no configuration). */
package io.chargeops.core.crypto;
