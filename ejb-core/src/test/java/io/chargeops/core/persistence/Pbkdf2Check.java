package io.chargeops.core.persistence;

import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Verifies a hash the way Soteria's Pbkdf2PasswordHashImpl does (algorithm:iterations:salt:hash,
 * standard Base64), so the seed is known to work with Jakarta Security's default
 * Pbkdf2PasswordHash without booting a container.
 */
final class Pbkdf2Check {

    private Pbkdf2Check() {
    }

    static boolean verify(String password, String encoded) {
        String[] parts = encoded.split(":");
        if (parts.length != 4) {
            throw new IllegalArgumentException("Bad hash encoding");
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            byte[] actual = SecretKeyFactory.getInstance(parts[0])
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, Integer.parseInt(parts[1]), expected.length * 8))
                    .getEncoded();
            return MessageDigest.isEqual(expected, actual);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
