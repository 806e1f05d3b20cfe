package io.chargeops.admin.security;

import io.chargeops.core.identity.ConsoleCaller;
import jakarta.security.enterprise.credential.Credential;

/**
 * A console account ejb-core has already recognised from a QR sign-in ({@code ConsoleQrSignIn}); only the console's
 * own QR callback creates one, after the provider vouched for the code, so the identity store accepts it as it is.
 */
record QrSignInCredential(ConsoleCaller caller) implements Credential {
}
