package io.chargeops.core.interconnect;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Partner secrets at rest: {@code v1:<Base64(12-byte nonce + AES-GCM ciphertext)>} under the node's interconnect key.
 * {@code plain:<secret>} (the demo seed) is read as is and sealed by {@link Partners#sealPlainSecrets()} at start.
 */
public final class SecretSeal {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    public SecretSeal(byte[] key) {
        if (key.length != 16 && key.length != 32) {
            throw new IllegalArgumentException("the interconnect secret key must be 16 or 32 bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    public static byte[] newKey() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return k;
    }

    public String seal(String secret) {
        if (secret == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = c.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return "v1:" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public String open(String stored) {
        if (stored == null) {
            return null;
        }
        if (stored.startsWith("plain:")) {
            return stored.substring(6);
        }
        if (!stored.startsWith("v1:")) {
            throw new IllegalStateException("unknown sealed secret format");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(3));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            return new String(c.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a partner secret does not open with this node's interconnect key"
                    + " (chargeops.interconnect.secret-key must be the same on every node)", e);
        }
    }

    public static boolean isPlain(String stored) {
        return stored != null && stored.startsWith("plain:");
    }
}
