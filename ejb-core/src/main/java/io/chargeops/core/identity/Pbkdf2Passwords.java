package io.chargeops.core.identity;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Console password hashes in the format Jakarta Security's {@code Pbkdf2PasswordHash} writes and reads
 * ({@code PBKDF2WithHmacSHA256:<iterations>:<base64 salt>:<base64 hash>}), so accounts created by either side verify
 * on the other. Plain Java: the check runs inside ejb-core for the console and the ops API alike, and in unit tests.
 */
public final class Pbkdf2Passwords {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 2048;
    private static final int SALT_BYTES = 32;
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Pbkdf2Passwords() {
    }

    /** A new hash with a fresh salt, in the defaults {@code Pbkdf2PasswordHash} uses. */
    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(ALGORITHM, password, salt, ITERATIONS, KEY_BYTES);
        Base64.Encoder b64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    /** Whether {@code password} matches {@code encoded}; false (never an exception) for a malformed hash. */
    public static boolean verify(char[] password, String encoded) {
        if (password == null || encoded == null) {
            return false;
        }
        String[] parts = encoded.split(":");
        if (parts.length != 4 || !parts[0].startsWith("PBKDF2With")) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (iterations < 1 || expected.length == 0) {
                return false;
            }
            return MessageDigest.isEqual(expected, derive(parts[0], password, salt, iterations, expected.length));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(String algorithm, char[] password, byte[] salt, int iterations, int keyBytes) {
        try {
            return SecretKeyFactory.getInstance(algorithm)
                    .generateSecret(new PBEKeySpec(password, salt, iterations, keyBytes * 8))
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot derive " + algorithm + ": " + e.getMessage(), e);
        }
    }
}
